CREATE TABLE Artist (
  ArtistId int NOT NULL,
  PRIMARY KEY (ArtistId)
);
CREATE TABLE Album (
  AlbumId int NOT NULL,
  ArtistId int NOT NULL,
  PRIMARY KEY (AlbumId)
);
