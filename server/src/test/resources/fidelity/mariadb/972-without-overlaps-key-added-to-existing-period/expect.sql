SELECT COUNT(*) = 3 FROM room_bookings
SELECT COUNT(*) = 2 FROM desk_bookings WHERE floor_id = 1
