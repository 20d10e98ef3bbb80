INSERT INTO blog_author (name, slug) VALUES ('Ann', 'ann');
INSERT INTO blog_post (title, views, author_id) VALUES ('Hello', 3, 1);
