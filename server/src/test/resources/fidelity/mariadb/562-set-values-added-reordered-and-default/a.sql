CREATE TABLE profiles (
  id int NOT NULL,
  perms set('read','write','admin') NOT NULL DEFAULT 'read',
  days set('mon','tue','wed','thu','fri') DEFAULT NULL,
  PRIMARY KEY (id)
);
