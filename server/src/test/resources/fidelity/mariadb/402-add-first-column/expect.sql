SELECT COUNT(*) = 2 FROM events WHERE tenant = 1
