CREATE TABLE reservations (id integer PRIMARY KEY, during tstzrange NOT NULL, guest varchar(40),
  CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (guest IS NOT NULL));
