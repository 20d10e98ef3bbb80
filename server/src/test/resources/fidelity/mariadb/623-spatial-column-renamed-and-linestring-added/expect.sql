SELECT ST_X(location) = 1 FROM places
