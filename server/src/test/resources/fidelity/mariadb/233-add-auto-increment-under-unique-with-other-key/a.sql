CREATE TABLE tickets (
  code char(8) NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (code)
);
