SELECT COUNT(*) = 1 FROM pages WHERE url = 'https://x.org/a' AND summary = 'short'
