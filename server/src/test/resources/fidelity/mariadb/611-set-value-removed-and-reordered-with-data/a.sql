CREATE TABLE perms (
  id int NOT NULL,
  flags set('read','write','delete','admin') NOT NULL DEFAULT 'read',
  PRIMARY KEY (id)
);
