CREATE TABLE docs (
  id int NOT NULL,
  title varchar(200) NOT NULL,
  content text,
  PRIMARY KEY (id),
  FULLTEXT KEY ft_docs (title, content)
);
