SELECT COUNT(*) = 2 FROM api_tokens WHERE valid_from IS NOT NULL
