SELECT COUNT(*) = 3 FROM contracts FOR SYSTEM_TIME ALL
SELECT holder = 'grace hopper' FROM contracts WHERE id = 2
SELECT COUNT(*) = 1 FROM contracts FOR SYSTEM_TIME ALL WHERE holder = 'grace'
