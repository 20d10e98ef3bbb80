CREATE TABLE contacts (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  phone varchar(30) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_lookup (phone),
  KEY idx_secondary (email)
);
