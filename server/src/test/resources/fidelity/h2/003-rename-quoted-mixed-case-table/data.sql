INSERT INTO "Artist" ("ArtistId", "Name") VALUES (1, 'AC/DC'), (2, 'Accept');
