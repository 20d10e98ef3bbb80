-- Django CharField -> TextField: the _like index now uses text_pattern_ops
CREATE TABLE blog_post (id integer PRIMARY KEY, slug text NOT NULL, code text);
CREATE INDEX blog_post_slug_like ON blog_post (slug text_pattern_ops);
CREATE INDEX blog_post_code_like ON blog_post (code text_pattern_ops);
