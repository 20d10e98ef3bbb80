INSERT INTO host VALUES (1, '10.0.0.1', '08:00:2b:01:02:03', 'abc', B'101', 12.5, 'hello world');
