SELECT COUNT(*) = 2 FROM room_bookings
SELECT COUNT(*) = 1 FROM desk_bookings
