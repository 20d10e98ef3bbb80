INSERT INTO articles (slug, title, body) VALUES ('hello', 'Hello wörld', 'çà'), ('bye', 'Bye', NULL);
