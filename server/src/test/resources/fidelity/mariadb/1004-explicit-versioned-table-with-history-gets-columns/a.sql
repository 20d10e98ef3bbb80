CREATE TABLE contracts (
  id int NOT NULL,
  holder varchar(60) NOT NULL,
  rs timestamp(6) GENERATED ALWAYS AS ROW START,
  re timestamp(6) GENERATED ALWAYS AS ROW END,
  PRIMARY KEY (id, re),
  PERIOD FOR SYSTEM_TIME (rs, re)
) WITH SYSTEM VERSIONING;
