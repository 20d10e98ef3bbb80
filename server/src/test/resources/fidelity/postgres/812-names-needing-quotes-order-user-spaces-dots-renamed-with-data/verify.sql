SELECT (SELECT "role" FROM "user") = 'admin' AND (SELECT "to" = '2024-01-01' AND "My Col" = 'hello' FROM "order")
