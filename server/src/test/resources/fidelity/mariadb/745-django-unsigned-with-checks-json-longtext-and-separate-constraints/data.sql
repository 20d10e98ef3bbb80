INSERT INTO library_author (id, name) VALUES (1, 'Ann');
INSERT INTO library_book (title, position, meta, published, author_id) VALUES ('First', 1, '{"tags": ["a"]}', '2020-01-01', 1);
