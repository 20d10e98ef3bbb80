SELECT COUNT(*) = 1 FROM devices WHERE serial = 'S-2'
