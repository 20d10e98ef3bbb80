INSERT INTO accounts (id, status) VALUES (1, 'Suspended'), (2, 'active');
