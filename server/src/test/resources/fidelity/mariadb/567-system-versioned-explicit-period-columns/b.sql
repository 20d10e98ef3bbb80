CREATE TABLE contracts (
  id int NOT NULL,
  customer varchar(50) NOT NULL,
  amount decimal(10,2) NOT NULL,
  note varchar(100) WITHOUT SYSTEM VERSIONING DEFAULT NULL,
  valid_from timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  valid_to timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PRIMARY KEY (id,valid_to),
  PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
) WITH SYSTEM VERSIONING;
