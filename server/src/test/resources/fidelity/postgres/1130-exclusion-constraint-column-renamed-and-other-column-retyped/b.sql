-- the exclusion constraint follows the renamed column; guest, in its predicate, keeps its type
CREATE TABLE reservations (id integer PRIMARY KEY, stay tstzrange NOT NULL, guest varchar(40), note text,
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (stay WITH &&) WHERE (guest IS NOT NULL));
