CREATE TABLE pages (
  id int NOT NULL,
  slug text NOT NULL,
  body mediumtext DEFAULT '',
  thumb mediumblob,
  raw tinyblob,
  PRIMARY KEY (id),
  UNIQUE KEY uq_slug (slug(40)),
  KEY idx_body (body(10))
);
