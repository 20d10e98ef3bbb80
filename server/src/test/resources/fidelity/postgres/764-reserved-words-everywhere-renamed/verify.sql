SELECT (SELECT count(*) FROM "user" WHERE "role" = 'g' AND "order" = 1) = 1 AND (SELECT count(*) FROM "order" WHERE "user_id" = 1) = 1
