CREATE TABLE ev (
  id int NOT NULL,
  category varchar(100) NOT NULL,
  happened_at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_ev (category(10), happened_at DESC)
);
