SELECT email = 'a@b' AND quantity = 2 FROM acct
