INSERT INTO memberships VALUES (1, 2, 'admin'); INSERT INTO grants VALUES (1, 2, 'read');
