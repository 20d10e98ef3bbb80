CREATE TABLE k (
  id int NOT NULL,
  code varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (id)
);
