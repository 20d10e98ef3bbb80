CREATE TABLE tags (
  code varchar(20) NOT NULL,
  label varchar(50) NOT NULL
);
