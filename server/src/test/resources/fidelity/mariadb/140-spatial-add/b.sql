CREATE TABLE places (
  id int NOT NULL,
  name varchar(50) DEFAULT NULL,
  pos point NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY sp_places_pos (pos)
);
