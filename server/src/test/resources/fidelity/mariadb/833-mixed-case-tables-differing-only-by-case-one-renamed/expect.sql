SELECT COUNT(*) = 1 FROM `Customers` WHERE name = 'Ada'
SELECT COUNT(*) = 1 FROM `users` WHERE id = 7
