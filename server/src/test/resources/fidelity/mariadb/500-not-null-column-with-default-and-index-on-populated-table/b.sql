CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(190) NOT NULL,
  status varchar(16) NOT NULL DEFAULT 'active',
  login_count int unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id),
  UNIQUE KEY uq_accounts_email (email),
  KEY idx_accounts_status_created (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
