INSERT INTO places VALUES (1, 'Harbour', 'fish market by the sea', 'sea fish', POINT(1, 2));
