INSERT INTO accounts VALUES ('6ccd780c-baba-1026-9564-5b8c656024db', 'a');
INSERT INTO payments VALUES ('7ccd780c-baba-1026-9564-5b8c656024db', '6ccd780c-baba-1026-9564-5b8c656024db', 9.99);
