SELECT COUNT(*) = 1 FROM pages WHERE title = 'Home' AND body = 'Welcome'
