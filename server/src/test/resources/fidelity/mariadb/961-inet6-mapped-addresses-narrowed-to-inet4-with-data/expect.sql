SELECT COUNT(*) = 1 FROM access_log WHERE remote = '198.51.100.23' AND forwarded_for = '192.0.2.1'
SELECT COUNT(*) = 1 FROM access_log WHERE remote = '10.0.0.1' AND forwarded_for IS NULL
