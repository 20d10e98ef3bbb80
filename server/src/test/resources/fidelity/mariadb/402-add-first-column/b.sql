CREATE TABLE events (
  tenant int NOT NULL DEFAULT 1,
  seq int NOT NULL,
  payload varchar(200) NOT NULL,
  PRIMARY KEY (seq)
);
