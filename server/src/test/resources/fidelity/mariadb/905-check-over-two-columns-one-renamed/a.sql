CREATE TABLE bookings (id int NOT NULL, starts date NOT NULL, ends date NOT NULL, PRIMARY KEY (id),
  CONSTRAINT bookings_order CHECK (ends >= starts));
