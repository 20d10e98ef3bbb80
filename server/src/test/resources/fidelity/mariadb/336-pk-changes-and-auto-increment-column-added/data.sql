INSERT INTO tags VALUES ('red', '#f00'), ('green', '#0f0');
