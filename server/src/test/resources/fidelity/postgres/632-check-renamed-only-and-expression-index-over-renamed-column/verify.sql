SELECT "eMail" = 'A@x' FROM acct
