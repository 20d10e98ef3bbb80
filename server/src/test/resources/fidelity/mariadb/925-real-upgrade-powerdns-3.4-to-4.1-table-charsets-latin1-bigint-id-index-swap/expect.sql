SELECT (SELECT comment FROM comments) = 'Webserver für Zoë' AND (SELECT account FROM domains) = 'zoë' AND (SELECT COUNT(*) FROM records) = 2
