SELECT v = 'x' FROM account
