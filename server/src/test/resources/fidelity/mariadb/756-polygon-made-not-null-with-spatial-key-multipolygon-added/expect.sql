SELECT COUNT(*) = 1 FROM regions WHERE ST_AsText(area) = 'POLYGON((0 0,0 1,1 1,1 0,0 0))' AND parts IS NULL
