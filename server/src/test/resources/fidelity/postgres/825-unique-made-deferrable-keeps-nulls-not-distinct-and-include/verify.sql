SELECT count(*) = 2 FROM slots
