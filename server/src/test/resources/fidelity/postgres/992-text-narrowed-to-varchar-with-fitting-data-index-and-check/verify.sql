SELECT count(*) = 2 FROM u WHERE email LIKE '%@%'
