SELECT COUNT(*) = 2 FROM tickets WHERE state = 'closed'
