SELECT COUNT(*) = 1 FROM tickets WHERE state = 'closed' AND code = 'ABC'
