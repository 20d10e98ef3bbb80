SELECT COUNT(*) = 2 FROM queue
SELECT msg = 'x' FROM logs
