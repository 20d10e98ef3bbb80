CREATE TABLE visits (
  page varchar(100) NOT NULL,
  at datetime NOT NULL
);
