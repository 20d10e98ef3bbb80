SELECT count(*) = 2 FROM "Support Tickets"
