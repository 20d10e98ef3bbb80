SELECT COUNT(*) = 1 FROM bookings WHERE ends_on = '2026-01-05'
