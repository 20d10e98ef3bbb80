CREATE TABLE ev (
  id int NOT NULL,
  doc json DEFAULT NULL,
  kind varchar(20) GENERATED ALWAYS AS (json_unquote(json_extract(doc, '$.kind'))) VIRTUAL,
  PRIMARY KEY (id),
  KEY kind (kind),
  CONSTRAINT doc_is_object CHECK (json_type(doc) = 'OBJECT')
);
