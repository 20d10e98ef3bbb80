INSERT INTO people VALUES (1, 'Åsa Öberg', 'Malmö'), (2, 'José Núñez', 'Málaga');
