INSERT INTO events VALUES (1,'a'),(2,'b'),(7,'c'); INSERT INTO logs (msg) VALUES ('a'),('b');
