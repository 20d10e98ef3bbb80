CREATE TABLE accounts (
  id uuid NOT NULL DEFAULT uuid(),
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE payments (
  id uuid NOT NULL DEFAULT uuid(),
  account_id uuid NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_payments_account (account_id),
  CONSTRAINT fk_payments_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
