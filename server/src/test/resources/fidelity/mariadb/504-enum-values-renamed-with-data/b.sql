CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  state enum('open','in_progress','closed','archived') NOT NULL DEFAULT 'open',
  PRIMARY KEY (id)
);
