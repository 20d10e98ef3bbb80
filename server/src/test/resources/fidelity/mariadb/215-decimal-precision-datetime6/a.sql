CREATE TABLE prices (
  id int NOT NULL,
  amount decimal(8,2) NOT NULL,
  rate decimal(5,4) DEFAULT '0.1234',
  ts datetime NOT NULL DEFAULT '2020-01-01 00:00:00',
  t time DEFAULT NULL,
  PRIMARY KEY (id)
);
