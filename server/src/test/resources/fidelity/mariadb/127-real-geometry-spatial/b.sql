CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE places (
  id int NOT NULL,
  pos point NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY sp_places_pos (pos)
);
