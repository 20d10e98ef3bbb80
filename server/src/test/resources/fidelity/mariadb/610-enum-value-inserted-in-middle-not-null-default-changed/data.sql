INSERT INTO posts VALUES (1, 'published'), (2, 'archived'), (3, 'draft');
