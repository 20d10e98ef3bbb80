-- column names are case-insensitive on MariaDB: a case-only difference is that column renamed, rows kept
CREATE TABLE tracks (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
