SELECT boss = 1 FROM "Employee" WHERE id = 2
