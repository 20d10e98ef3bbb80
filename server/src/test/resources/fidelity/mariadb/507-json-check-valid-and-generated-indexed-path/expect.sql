SELECT COUNT(*) = 1 FROM events WHERE event_type = 'login' AND user_id = 7
