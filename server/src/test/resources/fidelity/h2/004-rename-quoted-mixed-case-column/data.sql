INSERT INTO "Album" ("AlbumId", "Title") VALUES (1, 'Balls to the Wall');
