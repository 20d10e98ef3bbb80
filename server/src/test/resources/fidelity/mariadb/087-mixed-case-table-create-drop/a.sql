CREATE TABLE Genre (
  GenreId int NOT NULL,
  Name varchar(120) DEFAULT NULL,
  PRIMARY KEY (GenreId)
);
CREATE TABLE MediaType (
  MediaTypeId int NOT NULL,
  PRIMARY KEY (MediaTypeId)
);
