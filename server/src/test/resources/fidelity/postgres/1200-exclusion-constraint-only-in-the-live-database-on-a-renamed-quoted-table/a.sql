CREATE EXTENSION btree_gist;
CREATE TABLE "Rooms" (id integer PRIMARY KEY, "Room" integer NOT NULL, during tstzrange NOT NULL,
  CONSTRAINT rooms_no_overlap EXCLUDE USING gist ("Room" WITH =, during WITH &&) WHERE (id > 0));
COMMENT ON CONSTRAINT rooms_no_overlap ON "Rooms" IS 'no double booking';
