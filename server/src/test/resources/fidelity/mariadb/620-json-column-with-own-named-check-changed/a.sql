CREATE TABLE docs (
  id int NOT NULL,
  doc json DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT doc_has_id CHECK (json_value(doc, '$.id') IS NOT NULL)
);
