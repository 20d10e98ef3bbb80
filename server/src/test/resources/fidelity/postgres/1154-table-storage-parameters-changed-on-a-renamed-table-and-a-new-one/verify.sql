SELECT count(*) = 1 FROM "Event Log"
