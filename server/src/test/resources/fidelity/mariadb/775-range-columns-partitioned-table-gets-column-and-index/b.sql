CREATE TABLE logs (
  id bigint NOT NULL,
  logged date NOT NULL,
  level tinyint unsigned NOT NULL DEFAULT 0,
  msg varchar(500) DEFAULT NULL,
  PRIMARY KEY (id, logged),
  KEY level (level, logged)
) PARTITION BY RANGE COLUMNS(logged) (
  PARTITION p2023 VALUES LESS THAN ('2024-01-01'),
  PARTITION p2024 VALUES LESS THAN ('2025-01-01'),
  PARTITION pmax VALUES LESS THAN (MAXVALUE)
);
