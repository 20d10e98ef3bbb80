INSERT INTO articles (slug, title, body) VALUES ('a', 'Ä title', 'body');
