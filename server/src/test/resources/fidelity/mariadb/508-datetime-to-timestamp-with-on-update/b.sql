CREATE TABLE documents (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(100) NOT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (id),
  KEY idx_documents_updated (updated_at)
);
