CREATE TABLE tix (
  id int NOT NULL,
  prio enum('low','mid','high','urgent') DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_tix_prio (prio)
);
