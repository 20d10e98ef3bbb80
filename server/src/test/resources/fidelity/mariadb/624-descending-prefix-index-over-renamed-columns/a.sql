CREATE TABLE ev (
  id int NOT NULL,
  kind varchar(100) NOT NULL,
  at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_ev (kind(10), at DESC)
);
