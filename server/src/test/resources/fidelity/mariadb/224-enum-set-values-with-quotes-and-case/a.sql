CREATE TABLE answers (
  id int NOT NULL,
  reply enum('yes','no') NOT NULL DEFAULT 'no',
  perms set('Read','Write') DEFAULT NULL,
  PRIMARY KEY (id)
);
