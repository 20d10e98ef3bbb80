CREATE TABLE prices (
  id int NOT NULL,
  amount decimal(18,6) NOT NULL,
  rate decimal(7,4) unsigned DEFAULT '0.1234',
  ts datetime(6) NOT NULL DEFAULT '2020-01-01 00:00:00.000000',
  t time(3) DEFAULT NULL,
  PRIMARY KEY (id)
);
