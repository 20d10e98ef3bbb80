CREATE TABLE iso_currencies (
  code char(3) NOT NULL,
  name varchar(40) NOT NULL DEFAULT '',
  numeric_code smallint unsigned DEFAULT NULL,
  PRIMARY KEY (code)
);
CREATE TABLE prices (
  id int NOT NULL,
  currency char(3) NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_prices_currency (currency)
);
