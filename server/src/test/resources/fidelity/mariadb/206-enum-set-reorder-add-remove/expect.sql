SELECT COUNT(*) = 1 FROM tickets WHERE status = 'closed' AND tags = 'c' AND prio = 'high'
