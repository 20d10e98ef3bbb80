SELECT (SELECT "Full Name" FROM accounts) = 'Ann' AND (SELECT account FROM x."Bills" WHERE id = 7) = 1
