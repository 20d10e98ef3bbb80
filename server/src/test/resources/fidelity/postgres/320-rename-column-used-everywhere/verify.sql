SELECT "EMail" = 'a@b' FROM acct
