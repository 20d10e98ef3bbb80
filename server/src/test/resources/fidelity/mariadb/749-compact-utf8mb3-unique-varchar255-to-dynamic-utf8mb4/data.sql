INSERT INTO tags (name, slug) VALUES ('Café', 'cafe'), ('Tee', 'tee');
