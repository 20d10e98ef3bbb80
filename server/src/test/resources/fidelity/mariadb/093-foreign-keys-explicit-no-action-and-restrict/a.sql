CREATE TABLE artist (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE album (
  id int NOT NULL,
  artist_id int NOT NULL,
  label_id int,
  PRIMARY KEY (id)
);
