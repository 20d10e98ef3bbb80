SELECT account_no = 42 FROM acct
