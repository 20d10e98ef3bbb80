SELECT count(*) = 30 FROM sessions
