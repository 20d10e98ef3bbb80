SELECT COUNT(*) = 2 FROM shifts WHERE worker_id = 9
