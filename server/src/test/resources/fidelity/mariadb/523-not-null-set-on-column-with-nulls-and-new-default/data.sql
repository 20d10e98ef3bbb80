INSERT INTO profiles (locale, newsletter) VALUES ('de', 1), (NULL, NULL);
