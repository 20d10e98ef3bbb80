SELECT count(*) = 1 FROM job WHERE state = 'queued'
