INSERT INTO terms (name, slug) VALUES ('Uncategorized', 'uncategorized'), ('Ünïcode', 'unicode');
