SELECT COUNT(*) = 1 FROM cache_data WHERE cid = 'route:/node/1' AND tags = 'node:1 route' AND created = 1700000000.123 AND data = x'0102'
SELECT COUNT(*) = 1 FROM key_value WHERE name = 'system.cron_last'
