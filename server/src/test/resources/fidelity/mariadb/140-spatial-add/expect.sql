SELECT COUNT(*) = 1 FROM places WHERE MBRContains(ST_GeomFromText('POLYGON((0 0, 0 5, 5 5, 5 0, 0 0))'), pos)
