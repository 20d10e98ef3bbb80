CREATE TABLE docs (
  id int NOT NULL,
  slug varchar(1000) NOT NULL,
  body text,
  PRIMARY KEY (id)
);
