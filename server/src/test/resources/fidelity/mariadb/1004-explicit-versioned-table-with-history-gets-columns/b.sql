CREATE TABLE contracts (
  id int NOT NULL,
  holder varchar(100) NOT NULL,
  amount decimal(10,2) NOT NULL DEFAULT 0.00,
  rs timestamp(6) GENERATED ALWAYS AS ROW START,
  re timestamp(6) GENERATED ALWAYS AS ROW END,
  remark varchar(200) DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  PRIMARY KEY (id, re),
  KEY ix_contracts_holder (holder),
  PERIOD FOR SYSTEM_TIME (rs, re)
) WITH SYSTEM VERSIONING;
