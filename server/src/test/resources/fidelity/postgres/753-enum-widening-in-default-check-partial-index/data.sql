INSERT INTO documents (state, published_at) VALUES ('draft', NULL), ('published', now());
