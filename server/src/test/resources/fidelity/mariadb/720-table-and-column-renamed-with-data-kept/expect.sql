SELECT COUNT(*) = 1 FROM customers WHERE full_name = 'Ann' AND email = 'a@x'
