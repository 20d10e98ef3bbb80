CREATE EXTENSION btree_gist;
CREATE TABLE "order" (id integer PRIMARY KEY, "Room" integer NOT NULL, during tstzrange NOT NULL,
  CONSTRAINT no_overlap EXCLUDE USING gist ("Room" WITH =, during WITH &&) WHERE ("Room" > 0));
COMMENT ON CONSTRAINT no_overlap ON "order" IS 'kept';
