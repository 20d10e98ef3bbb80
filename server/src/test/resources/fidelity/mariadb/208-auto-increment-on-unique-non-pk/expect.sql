SELECT SUM(seq) = 14 FROM jobs
