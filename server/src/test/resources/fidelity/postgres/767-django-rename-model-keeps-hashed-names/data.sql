INSERT INTO auth_user (username) VALUES ('ann');
INSERT INTO blog_post (title, slug, author_id) VALUES ('Hi', 'hi', 1), ('Yo', 'yo', 1);
