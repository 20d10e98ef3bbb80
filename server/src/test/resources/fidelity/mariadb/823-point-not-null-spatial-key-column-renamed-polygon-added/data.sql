INSERT INTO stores VALUES (1, ST_GeomFromText('POINT(13.4 52.5)'));
