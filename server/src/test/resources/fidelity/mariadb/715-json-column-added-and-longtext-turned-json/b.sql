CREATE TABLE docs (
  id int NOT NULL,
  payload longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(payload)),
  attrs json NOT NULL DEFAULT '{}',
  PRIMARY KEY (id)
);
