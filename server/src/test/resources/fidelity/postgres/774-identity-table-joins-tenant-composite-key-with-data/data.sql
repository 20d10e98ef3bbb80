INSERT INTO tenants VALUES (1, 'default');
INSERT INTO documents (title) VALUES ('a'), ('b');
INSERT INTO comments (document_id, body) VALUES (1, 'x'), (2, 'y'), (2, 'z');
