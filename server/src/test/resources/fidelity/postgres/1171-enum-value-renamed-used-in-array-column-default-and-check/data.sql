INSERT INTO diary VALUES (1, '{ok,happy}');
