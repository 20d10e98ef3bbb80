insert into users (name, email, password, created_at) values ('Taylor', 'taylor@laravel.com', '$2y$10$abc', '2024-01-01 00:00:00');
