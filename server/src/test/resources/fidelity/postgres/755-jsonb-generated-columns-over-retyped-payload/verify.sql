SELECT count(*) = 2 AND count(*) FILTER (WHERE kind = 'order' AND amount = 12.50) = 1 FROM events
