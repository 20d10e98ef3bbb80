CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE docs (
  id int NOT NULL,
  owner_id int DEFAULT NULL,
  title varchar(100) DEFAULT NULL,
  removed_at datetime DEFAULT NULL,
  PRIMARY KEY (id)
);
ALTER TABLE docs ADD CONSTRAINT fk_docs_owner FOREIGN KEY (owner_id) REFERENCES users (id);
CREATE INDEX idx_docs_title ON docs (title);
CREATE INDEX idx_docs_removed ON docs (removed_at);
