SELECT count(*) = 1 FROM visits WHERE mood = 'ok' AND qty = 1 AND tag = 'T-N7'
