INSERT INTO regions VALUES (1, 'square', ST_GeomFromText('POLYGON((0 0,0 1,1 1,1 0,0 0))'));
