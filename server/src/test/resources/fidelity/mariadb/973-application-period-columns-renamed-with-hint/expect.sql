SELECT COUNT(*) = 2 FROM room_bookings WHERE starts_on < ends_on
SELECT starts_on = '2026-05-04' FROM room_bookings WHERE id = 2
