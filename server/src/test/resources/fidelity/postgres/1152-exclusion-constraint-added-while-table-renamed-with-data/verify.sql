SELECT count(*) = 2 FROM "Room Reservations"
