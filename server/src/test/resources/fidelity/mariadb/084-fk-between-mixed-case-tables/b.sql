CREATE TABLE Artist (
  ArtistId int NOT NULL,
  PRIMARY KEY (ArtistId)
);
CREATE TABLE Album (
  AlbumId int NOT NULL,
  ArtistId int NOT NULL,
  PRIMARY KEY (AlbumId),
  KEY IFK_AlbumArtistId (ArtistId),
  CONSTRAINT FK_AlbumArtistId FOREIGN KEY (ArtistId) REFERENCES Artist (ArtistId) ON DELETE CASCADE
);
