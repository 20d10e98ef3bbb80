CREATE TABLE documents (
  id int NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE attachments (
  id int NOT NULL,
  document_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_att_doc (document_id),
  CONSTRAINT fk_att_doc FOREIGN KEY (document_id) REFERENCES documents (id)
);
