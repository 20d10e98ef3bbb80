CREATE TABLE contacts (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  phone varchar(30) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_lookup (email),
  KEY idx_secondary (phone)
);
