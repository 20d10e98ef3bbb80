INSERT INTO book (title, published) VALUES ('t', b'1');
