INSERT INTO contracts (id, holder) VALUES (1, 'ada'), (2, 'grace');
UPDATE contracts SET holder = 'grace hopper' WHERE id = 2;
