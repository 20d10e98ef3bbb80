CREATE TABLE snippets (
  id int NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (id)
);
