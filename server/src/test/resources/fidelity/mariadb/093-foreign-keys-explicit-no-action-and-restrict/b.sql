CREATE TABLE artist (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE album (
  id int NOT NULL,
  artist_id int NOT NULL,
  label_id int,
  PRIMARY KEY (id),
  KEY album_artist (artist_id),
  KEY album_label (label_id),
  CONSTRAINT fk_album_artist FOREIGN KEY (artist_id) REFERENCES artist (id) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT fk_album_label FOREIGN KEY (label_id) REFERENCES artist (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
