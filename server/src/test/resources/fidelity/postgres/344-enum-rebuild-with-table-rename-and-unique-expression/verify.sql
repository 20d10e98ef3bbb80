SELECT count(*) = 1 FROM "Account" WHERE "Role" = 'admin' AND roles = '{admin,user}'
