SELECT COUNT(*) = 1 FROM users WHERE email = 'taylor@laravel.com' AND settings IS NULL AND deleted_at IS NULL AND password = '$2y$10$abc'
