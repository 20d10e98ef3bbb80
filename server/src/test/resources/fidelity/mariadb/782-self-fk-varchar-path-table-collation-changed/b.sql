CREATE TABLE folders (
  path varchar(191) NOT NULL,
  parent varchar(191) DEFAULT NULL,
  PRIMARY KEY (path),
  KEY parent (parent),
  CONSTRAINT folders_parent FOREIGN KEY (parent) REFERENCES folders (path) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
