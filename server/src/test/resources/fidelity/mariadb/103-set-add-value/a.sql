CREATE TABLE perms (
  id int NOT NULL,
  flags set('read','write') NOT NULL DEFAULT 'read',
  PRIMARY KEY (id)
);
