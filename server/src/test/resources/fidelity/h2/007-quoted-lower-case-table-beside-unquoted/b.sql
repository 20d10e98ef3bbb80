CREATE TABLE album (id INT NOT NULL PRIMARY KEY, title VARCHAR(40), "title" VARCHAR(80));
CREATE TABLE "album" ("id" INT NOT NULL PRIMARY KEY, "note" VARCHAR(40), "album_id" INT);
CREATE INDEX "ix_note" ON "album" ("note");
CREATE INDEX "ix_album_id" ON "album" ("album_id");
ALTER TABLE "album" ADD CONSTRAINT "fk_album" FOREIGN KEY ("album_id") REFERENCES album (id);
