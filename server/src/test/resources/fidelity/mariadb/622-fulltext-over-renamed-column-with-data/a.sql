CREATE TABLE docs (
  id int NOT NULL,
  title varchar(200) NOT NULL,
  body text,
  PRIMARY KEY (id),
  FULLTEXT KEY ft_docs (title, body)
);
