INSERT INTO log (msg) VALUES ('a'), ('b');
