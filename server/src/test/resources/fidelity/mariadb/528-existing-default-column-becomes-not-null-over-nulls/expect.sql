SELECT COUNT(*) = 1 FROM settings WHERE theme = 'light' AND page_size = 20
