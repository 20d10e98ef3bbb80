INSERT INTO events (eventid) VALUES (1), (2);
