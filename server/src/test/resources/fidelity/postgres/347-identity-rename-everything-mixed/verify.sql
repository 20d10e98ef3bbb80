SELECT "Id" = 10 FROM "Users"
