SELECT count(*) = 2 FROM person WHERE m IN ('sad', 'ok')
