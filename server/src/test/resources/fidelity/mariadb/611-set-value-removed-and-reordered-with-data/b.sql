CREATE TABLE perms (
  id int NOT NULL,
  flags set('admin','read','write') NOT NULL DEFAULT 'read,write',
  PRIMARY KEY (id)
);
