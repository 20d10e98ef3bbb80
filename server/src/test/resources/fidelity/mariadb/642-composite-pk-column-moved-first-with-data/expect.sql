SELECT COUNT(*) = 2 FROM m WHERE tenant = 7
