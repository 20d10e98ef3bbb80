CREATE TABLE bookings (id integer PRIMARY KEY, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, seats integer NOT NULL DEFAULT 1,
  CONSTRAINT bookings_range CHECK (starts_at < ends_at), CONSTRAINT bookings_seats CHECK (seats > 0 AND seats <= 500) NO INHERIT);
