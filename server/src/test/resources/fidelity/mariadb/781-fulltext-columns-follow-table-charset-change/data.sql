INSERT INTO articles (title, body) VALUES ('Hello', 'searchable words here');
