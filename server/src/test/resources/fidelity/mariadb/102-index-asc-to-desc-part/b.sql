CREATE TABLE ev (
  id int NOT NULL,
  kind varchar(10) NOT NULL,
  at datetime NOT NULL,
  PRIMARY KEY (id),
  KEY idx_ev_kind_at (kind, at DESC)
);
