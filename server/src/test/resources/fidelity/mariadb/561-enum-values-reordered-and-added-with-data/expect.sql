SELECT COUNT(*) = 1 FROM orders WHERE status = 'holded' AND id = 3
SELECT COUNT(*) = 1 FROM orders WHERE status = 'complete' AND channel = 'api'
