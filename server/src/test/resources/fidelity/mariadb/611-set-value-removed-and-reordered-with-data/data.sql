INSERT INTO perms VALUES (1, 'read,write'), (2, 'admin'), (3, 'read');
