CREATE TABLE prices (
  sku varchar(20) NOT NULL,
  amount decimal(10,2) NOT NULL,
  valid_from timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  valid_to timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  note varchar(50) DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  PRIMARY KEY (sku, valid_to),
  PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
) WITH SYSTEM VERSIONING;
