INSERT INTO settings (theme, page_size) VALUES (NULL, NULL), ('dark', 50);
