CREATE TABLE prices (
  id int NOT NULL,
  item varchar(100) NOT NULL,
  amount decimal(12,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  PRIMARY KEY (id),
  KEY item (item)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci WITH SYSTEM VERSIONING;
