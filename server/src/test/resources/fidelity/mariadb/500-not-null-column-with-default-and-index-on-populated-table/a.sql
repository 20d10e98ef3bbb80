CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(190) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_accounts_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
