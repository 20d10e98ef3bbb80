INSERT INTO contracts VALUES (1, 'ada'), (2, 'grace');
