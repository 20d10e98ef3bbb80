CREATE TABLE accounts (
  id char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE payments (
  id char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  account_id char(36) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_payments_account (account_id),
  CONSTRAINT fk_payments_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
