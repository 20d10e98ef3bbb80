INSERT INTO shirt VALUES (1, 'M', '{M,L}');
