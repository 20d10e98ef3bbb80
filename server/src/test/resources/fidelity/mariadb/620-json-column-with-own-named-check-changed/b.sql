CREATE TABLE docs (
  id int NOT NULL,
  doc json NOT NULL DEFAULT '{}',
  PRIMARY KEY (id),
  CONSTRAINT doc_has_id CHECK (json_extract(doc, '$.id') IS NOT NULL OR json_length(doc) = 0)
);
