SELECT count(*) = 1 FROM reservations WHERE room = 7
