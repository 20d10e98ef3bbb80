SELECT count(*) = 1 FROM acct WHERE email = 'b' AND parent_id = 1
