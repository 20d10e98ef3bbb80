INSERT INTO job VALUES (1, 'running'), (2, 'queued');
