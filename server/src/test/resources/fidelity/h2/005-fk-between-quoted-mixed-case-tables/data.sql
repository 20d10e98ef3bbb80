INSERT INTO "Artist" ("ArtistId") VALUES (1);
INSERT INTO "Album" ("AlbumId", "ArtistId") VALUES (10, 1);
