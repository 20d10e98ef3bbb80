CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  state enum('open','closed') NOT NULL DEFAULT 'open',
  PRIMARY KEY (id)
);
