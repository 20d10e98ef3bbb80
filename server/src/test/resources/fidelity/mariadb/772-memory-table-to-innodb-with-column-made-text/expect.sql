SELECT COUNT(*) = 1 FROM sessions WHERE data = 'payload'
