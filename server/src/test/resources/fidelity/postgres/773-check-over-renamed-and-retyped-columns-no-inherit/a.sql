CREATE TABLE bookings (id integer PRIMARY KEY, starts date NOT NULL, ends date NOT NULL, seats smallint NOT NULL DEFAULT 1,
  CONSTRAINT bookings_range CHECK (starts <= ends), CONSTRAINT bookings_seats CHECK (seats > 0) NO INHERIT);
