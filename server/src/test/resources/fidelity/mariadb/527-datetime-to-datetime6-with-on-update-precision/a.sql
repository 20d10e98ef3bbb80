CREATE TABLE audit_rows (
  id bigint NOT NULL AUTO_INCREMENT,
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  updated_at datetime DEFAULT NULL ON UPDATE current_timestamp(),
  PRIMARY KEY (id),
  KEY idx_audit_rows_created (created_at)
);
