CREATE TABLE rates (
  id int NOT NULL,
  currency char(3) NOT NULL,
  rate decimal(12,6) NOT NULL,
  valid_since timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  valid_until timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PRIMARY KEY (id, valid_until),
  UNIQUE KEY uq_rates_currency (currency, valid_until),
  PERIOD FOR SYSTEM_TIME (valid_since, valid_until)
) WITH SYSTEM VERSIONING;
