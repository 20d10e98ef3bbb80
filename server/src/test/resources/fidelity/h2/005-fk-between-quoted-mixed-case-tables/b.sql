-- the index comes before the foreign key (H2 then uses it instead of making one of its own, as schemactl's plan does)
CREATE TABLE "Artist" ("ArtistId" INT NOT NULL PRIMARY KEY);
CREATE TABLE "Album" ("AlbumId" INT NOT NULL PRIMARY KEY, "ArtistId" INT NOT NULL);
CREATE INDEX "IFK_AlbumArtistId" ON "Album" ("ArtistId");
ALTER TABLE "Album" ADD CONSTRAINT "FK_AlbumArtistId" FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId") ON DELETE CASCADE;
