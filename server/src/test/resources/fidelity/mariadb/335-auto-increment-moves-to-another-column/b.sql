CREATE TABLE tickets (
  id int NOT NULL,
  seq int NOT NULL AUTO_INCREMENT,
  title varchar(50) NOT NULL,
  PRIMARY KEY (seq),
  UNIQUE KEY uq_tickets_id (id)
);
