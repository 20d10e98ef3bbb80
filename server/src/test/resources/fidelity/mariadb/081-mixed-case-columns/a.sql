CREATE TABLE Track (
  TrackId int NOT NULL AUTO_INCREMENT,
  Name varchar(200) DEFAULT NULL,
  AlbumId int DEFAULT NULL,
  PRIMARY KEY (TrackId)
);
