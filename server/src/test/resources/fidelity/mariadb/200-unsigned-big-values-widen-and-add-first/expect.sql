SELECT COUNT(*) = 1 FROM counters WHERE id = 4294967295 AND hits = 4294967295 AND small = 255 AND delta = 7 AND tenant = 1
