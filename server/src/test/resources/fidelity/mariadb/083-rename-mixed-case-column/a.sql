CREATE TABLE Album (
  AlbumId int NOT NULL AUTO_INCREMENT,
  Title varchar(160) NOT NULL,
  PRIMARY KEY (AlbumId)
);
