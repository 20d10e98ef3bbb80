INSERT INTO tenants VALUES (1);
INSERT INTO projects VALUES (10, 'p', 1);
