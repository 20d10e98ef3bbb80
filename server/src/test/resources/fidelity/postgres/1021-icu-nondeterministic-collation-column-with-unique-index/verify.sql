SELECT count(*) = 1 FROM members WHERE handle = 'ANN'
