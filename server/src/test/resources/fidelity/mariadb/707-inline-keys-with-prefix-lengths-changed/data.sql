INSERT INTO articles (title, slug, body) VALUES ('a', 'a', 'x'), ('b', 'b', 'y');
