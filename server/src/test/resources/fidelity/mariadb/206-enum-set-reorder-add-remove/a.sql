CREATE TABLE tickets (
  id int NOT NULL,
  status enum('open','pending','closed') NOT NULL DEFAULT 'open',
  tags set('a','b','c') DEFAULT NULL,
  prio enum('low','high') DEFAULT NULL,
  PRIMARY KEY (id)
);
