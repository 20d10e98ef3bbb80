SELECT "Name" = 'Jump' FROM "Track"
