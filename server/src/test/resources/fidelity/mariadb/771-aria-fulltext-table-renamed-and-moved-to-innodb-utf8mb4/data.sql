INSERT INTO notes (title, body) VALUES ('shopping', 'milk and eggs');
