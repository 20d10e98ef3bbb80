INSERT INTO graphile_worker.known_crontabs (identifier, known_since) VALUES ('nightly', '2023-01-01 00:00:00+00');
