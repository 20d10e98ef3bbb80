INSERT INTO settings (name) VALUES ('a');
