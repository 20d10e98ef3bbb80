CREATE TABLE places (
  id int NOT NULL,
  pos point NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY sp_places_pos (pos)
);
