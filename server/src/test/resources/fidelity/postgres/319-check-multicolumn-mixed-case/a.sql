CREATE TABLE "Booking" ("From" date NOT NULL, "To" date NOT NULL, guests integer, CONSTRAINT "Booking_Range" CHECK ("From" < "To"));
