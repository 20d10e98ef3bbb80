CREATE TABLE readings (
  id int NOT NULL AUTO_INCREMENT,
  sensor int NOT NULL,
  taken_at datetime NOT NULL,
  val int NOT NULL,
  PRIMARY KEY (id, sensor)
);
