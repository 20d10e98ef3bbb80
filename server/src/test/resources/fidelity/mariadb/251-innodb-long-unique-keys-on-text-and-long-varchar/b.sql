CREATE TABLE docs (
  id int NOT NULL,
  slug varchar(1000) NOT NULL,
  body text,
  PRIMARY KEY (id),
  UNIQUE KEY uk_docs_slug (slug),
  UNIQUE KEY uk_docs_body (body)
);
