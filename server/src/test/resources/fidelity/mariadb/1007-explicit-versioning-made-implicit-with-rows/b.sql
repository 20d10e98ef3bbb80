CREATE TABLE rates (
  id int NOT NULL,
  currency char(3) NOT NULL,
  rate decimal(12,6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_rates_currency (currency)
) WITH SYSTEM VERSIONING;
