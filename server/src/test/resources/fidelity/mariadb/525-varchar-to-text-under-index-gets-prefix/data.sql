INSERT INTO pages (url, summary) VALUES ('https://x.org/a', 'short'), ('https://x.org/b', NULL);
