CREATE TABLE events (
  seq int NOT NULL,
  payload varchar(200) NOT NULL,
  PRIMARY KEY (seq)
);
