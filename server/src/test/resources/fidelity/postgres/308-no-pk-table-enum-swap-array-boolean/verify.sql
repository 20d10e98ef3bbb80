SELECT count(*) = 2 FROM event_log WHERE (kind = 'a' AND tag = '{x}' AND NOT flag AND st = 'done') OR (kind = 'b' AND tag IS NULL AND flag AND st IS NULL)
