CREATE TABLE audit_rows (
  id bigint NOT NULL AUTO_INCREMENT,
  created_at datetime(6) NOT NULL DEFAULT current_timestamp(6),
  updated_at datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (id),
  KEY idx_audit_rows_created (created_at)
);
