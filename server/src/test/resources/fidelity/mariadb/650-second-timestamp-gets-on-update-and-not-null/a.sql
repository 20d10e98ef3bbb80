CREATE TABLE ev (
  id int NOT NULL,
  created timestamp NOT NULL DEFAULT current_timestamp(),
  updated timestamp NULL DEFAULT NULL,
  PRIMARY KEY (id)
);
