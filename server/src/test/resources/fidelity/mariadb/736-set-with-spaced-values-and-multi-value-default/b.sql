CREATE TABLE t (
  id int NOT NULL,
  days set('mon','tue','wed','thu fri') NOT NULL DEFAULT 'mon,wed',
  PRIMARY KEY (id)
);
