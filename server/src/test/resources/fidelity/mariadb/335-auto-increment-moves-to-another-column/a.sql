CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  seq int NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_tickets_seq (seq)
);
