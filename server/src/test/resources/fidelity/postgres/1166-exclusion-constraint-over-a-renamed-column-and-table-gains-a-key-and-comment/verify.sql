SELECT count(*) = 2 FROM "Stays"
