SELECT COUNT(DISTINCT short_id) = 2 FROM api_keys
