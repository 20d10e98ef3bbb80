CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT,
  created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at datetime(6) DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(6),
  happened datetime(6) NOT NULL,
  seen_at timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_happened (happened)
);
