SELECT COUNT(*) = 1 FROM stores WHERE ST_X(location) = 13.4
