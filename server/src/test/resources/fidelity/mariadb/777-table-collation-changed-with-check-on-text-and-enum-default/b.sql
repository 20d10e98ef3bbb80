CREATE TABLE tickets (
  id int NOT NULL,
  state enum('open','closed') NOT NULL DEFAULT 'open',
  code varchar(10) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT code_upper CHECK (code = upper(code))
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
