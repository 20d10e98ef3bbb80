CREATE TABLE wide (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id)
) ROW_FORMAT=DYNAMIC;
