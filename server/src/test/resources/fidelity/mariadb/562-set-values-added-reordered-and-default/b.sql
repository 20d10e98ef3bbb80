CREATE TABLE profiles (
  id int NOT NULL,
  perms set('read','write','delete','admin') NOT NULL DEFAULT 'read,write',
  days set('mon','tue','wed','thu','fri','sat','sun') DEFAULT 'mon,tue,wed,thu,fri',
  PRIMARY KEY (id)
);
