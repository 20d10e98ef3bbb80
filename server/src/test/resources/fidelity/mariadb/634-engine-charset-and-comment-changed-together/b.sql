CREATE TABLE notes (
  id int NOT NULL,
  title varchar(40) DEFAULT NULL,
  body text,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='new';
