SELECT COUNT(*) = 1 FROM t WHERE state = 'gone'
