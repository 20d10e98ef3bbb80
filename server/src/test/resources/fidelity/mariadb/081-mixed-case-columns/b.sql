CREATE TABLE Track (
  TrackId int NOT NULL AUTO_INCREMENT,
  Name varchar(200) NOT NULL,
  AlbumId int DEFAULT NULL,
  Composer varchar(220) DEFAULT NULL,
  UnitPrice decimal(10,2) NOT NULL DEFAULT 0.99,
  PRIMARY KEY (TrackId)
);
