CREATE TABLE tickets (
  id int NOT NULL,
  status enum('pending','open','closed','archived') NOT NULL DEFAULT 'pending',
  tags set('a','c','d') DEFAULT 'a,c',
  prio enum('low','mid','high') NOT NULL DEFAULT 'mid',
  PRIMARY KEY (id)
);
