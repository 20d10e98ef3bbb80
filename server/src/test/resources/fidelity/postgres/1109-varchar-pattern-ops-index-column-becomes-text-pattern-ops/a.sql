CREATE TABLE blog_post (id integer PRIMARY KEY, slug varchar(50) NOT NULL, code char(8));
CREATE INDEX blog_post_slug_like ON blog_post (slug varchar_pattern_ops);
CREATE INDEX blog_post_code_like ON blog_post (code bpchar_pattern_ops);
