-- on Linux (lower_case_table_names=0) `Items` and `items` are two tables
CREATE TABLE items (
  id int NOT NULL,
  PRIMARY KEY (id)
);
