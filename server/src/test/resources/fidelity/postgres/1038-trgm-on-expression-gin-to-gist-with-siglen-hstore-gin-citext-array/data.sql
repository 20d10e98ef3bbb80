INSERT INTO people VALUES (1, 'Ann', 'a=>1', '{A@x}');
