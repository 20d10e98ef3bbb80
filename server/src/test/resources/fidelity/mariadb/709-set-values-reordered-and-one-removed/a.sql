CREATE TABLE items (
  id int NOT NULL,
  flags set('x','y','z') NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
