SELECT count(*) = 1 FROM "my.app data"."user ""profiles""" p JOIN "my.app data"."order" o ON o."user" = p."the id"
