SELECT legacy_code = 'L1' AND row_version = 1 FROM accounts WHERE name = 'a'
