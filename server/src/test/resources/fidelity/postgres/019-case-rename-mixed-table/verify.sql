SELECT name = 'Bo' FROM "People" WHERE "Id" = 7
