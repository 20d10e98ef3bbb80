SELECT count(*) = 1 FROM visits JOIN people ON email = person
