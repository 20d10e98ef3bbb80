SELECT COUNT(*) = 1 FROM accounts WHERE BINARY status = 'suspended'
