CREATE TABLE perms (
  id int NOT NULL,
  flags set('read','write','admin') NOT NULL DEFAULT 'read,write',
  PRIMARY KEY (id)
);
