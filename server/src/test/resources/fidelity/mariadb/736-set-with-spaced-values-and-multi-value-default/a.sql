CREATE TABLE t (
  id int NOT NULL,
  days set('mon','tue','wed') DEFAULT NULL,
  PRIMARY KEY (id)
);
