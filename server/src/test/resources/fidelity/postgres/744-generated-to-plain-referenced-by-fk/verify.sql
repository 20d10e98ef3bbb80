SELECT count(*) = 2 AND string_agg(code_key, ',' ORDER BY id) = 'CASH,BANK' FROM accounts
