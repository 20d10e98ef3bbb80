CREATE TABLE items (
  id int NOT NULL,
  kind enum('book','dvd','game') CHARACTER SET ascii NOT NULL DEFAULT 'book',
  label varchar(40) NOT NULL,
  tags set('new','sale','used') DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
