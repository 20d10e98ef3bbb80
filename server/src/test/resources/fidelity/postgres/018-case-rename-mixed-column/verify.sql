SELECT "DisplayName" = 'Ada' FROM "Person" WHERE "Id" = 1
