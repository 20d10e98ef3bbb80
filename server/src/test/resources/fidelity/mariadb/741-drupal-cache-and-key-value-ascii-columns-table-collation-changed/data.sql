INSERT INTO cache_data (cid, data, expire, created, serialized, tags, checksum) VALUES ('route:/node/1', x'0102', -1, 1700000000.123, 1, 'node:1 route', '7');
INSERT INTO key_value VALUES ('state', 'system.cron_last', 'i:1700000000;');
