CREATE TABLE currencies (
  code char(3) NOT NULL,
  PRIMARY KEY (code)
);
CREATE TABLE prices (
  id int NOT NULL,
  currency char(3) NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_prices_currency (currency),
  CONSTRAINT fk_prices_currency FOREIGN KEY (currency) REFERENCES currencies (code)
);
