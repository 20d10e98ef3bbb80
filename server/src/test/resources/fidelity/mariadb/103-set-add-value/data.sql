INSERT INTO perms VALUES (1, 'read,write');
