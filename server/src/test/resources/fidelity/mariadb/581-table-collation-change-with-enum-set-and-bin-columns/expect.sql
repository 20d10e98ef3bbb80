SELECT state = 'closed' AND labels = 'ui,db' FROM tickets WHERE code = 'T-1'
