INSERT INTO pages VALUES (1, 'Home', 'Welcome');
