SELECT count(*) = 2 FROM hosts
