CREATE TABLE Artist (
  ArtistId int NOT NULL AUTO_INCREMENT,
  Name varchar(120) DEFAULT NULL,
  PRIMARY KEY (ArtistId)
);
