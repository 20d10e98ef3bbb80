INSERT INTO notes (id, title, body, code, kind) VALUES (1, 'Grüße', 'text', 'X1', 'b');
