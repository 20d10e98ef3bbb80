CREATE TABLE tix (
  id int NOT NULL,
  prio enum('urgent','high','low') DEFAULT 'low',
  PRIMARY KEY (id),
  KEY idx_tix_prio (prio)
);
