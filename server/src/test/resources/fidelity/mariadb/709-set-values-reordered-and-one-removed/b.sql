CREATE TABLE items (
  id int NOT NULL,
  flags set('z','x') NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
