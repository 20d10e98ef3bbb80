CREATE TABLE codes (
  id int NOT NULL,
  code varchar(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  label char(10) CHARACTER SET utf8mb3 DEFAULT '',
  PRIMARY KEY (id)
);
