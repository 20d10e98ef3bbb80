INSERT INTO jobs VALUES ('a'), ('b');
