INSERT INTO "Track" ("TrackId", "Name") VALUES (1, 'Jump');
