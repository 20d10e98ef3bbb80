SELECT "where"[1] = 'b@corp' AND "group" = 'g' FROM "table"
