CREATE TABLE places (
  id int NOT NULL,
  location point NOT NULL,
  route linestring DEFAULT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY sp_places_pos (location)
);
