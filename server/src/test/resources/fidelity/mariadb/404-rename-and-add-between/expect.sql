SELECT COUNT(*) = 1 FROM users WHERE alias = 'annie' AND email IS NULL
