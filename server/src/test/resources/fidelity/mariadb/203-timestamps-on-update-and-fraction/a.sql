CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at datetime DEFAULT NULL,
  happened datetime(3) NOT NULL,
  PRIMARY KEY (id)
);
