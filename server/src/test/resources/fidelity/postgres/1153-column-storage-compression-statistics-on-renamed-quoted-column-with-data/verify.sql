SELECT "body ""text""" = 'hello' FROM "Doc Store" WHERE id = 1
