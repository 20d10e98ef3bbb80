SELECT userName = 'Ann' FROM Accounts
