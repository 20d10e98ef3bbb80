CREATE TABLE docs (
  id int NOT NULL,
  title varchar(200) CHARACTER SET latin1 NOT NULL,
  body text CHARACTER SET latin1 NOT NULL,
  PRIMARY KEY (id),
  FULLTEXT KEY title_body (title, body)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
