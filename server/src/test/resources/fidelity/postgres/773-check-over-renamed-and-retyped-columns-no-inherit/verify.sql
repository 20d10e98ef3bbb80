SELECT count(*) = 1 AND bool_and(seats = 2 AND starts_at < ends_at) FROM bookings
