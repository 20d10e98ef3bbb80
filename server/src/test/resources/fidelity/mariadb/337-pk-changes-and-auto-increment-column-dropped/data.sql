INSERT INTO tags (name, color) VALUES ('red', '#f00'), ('green', '#0f0');
