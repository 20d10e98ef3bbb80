SELECT (SELECT count(*) FROM billing.a) = 2 AND (SELECT v FROM billing.b WHERE id = 1) = 'z'
