CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  state enum('open','closed') NOT NULL DEFAULT 'open',
  labels set('bug','ui','db') DEFAULT NULL,
  code varchar(20) COLLATE utf8mb4_bin NOT NULL,
  title varchar(100) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_code (code)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
