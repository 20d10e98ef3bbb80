INSERT INTO sessions SELECT g, g % 7, md5(g::text) FROM generate_series(1, 30) g;
