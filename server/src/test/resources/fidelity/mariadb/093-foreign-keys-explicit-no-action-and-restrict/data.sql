INSERT INTO artist (id) VALUES (1), (2);
INSERT INTO album (id, artist_id, label_id) VALUES (10, 1, 2), (11, 2, NULL);
