SELECT sum(visits) = 4000003 FROM accounts
