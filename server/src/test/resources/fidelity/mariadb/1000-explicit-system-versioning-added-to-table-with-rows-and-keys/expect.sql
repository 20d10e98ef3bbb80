SELECT COUNT(*) = 3 FROM accounts FOR SYSTEM_TIME ALL
SELECT balance = 20.50 FROM accounts WHERE email = 'grace@example.com'
SELECT COUNT(*) = 3 FROM accounts WHERE sys_end = TIMESTAMP'2038-01-19 03:14:07.999999'
