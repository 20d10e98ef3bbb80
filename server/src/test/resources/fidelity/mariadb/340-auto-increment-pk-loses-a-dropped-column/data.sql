INSERT INTO jobs (shard, name) VALUES (1, 'a'), (2, 'b');
