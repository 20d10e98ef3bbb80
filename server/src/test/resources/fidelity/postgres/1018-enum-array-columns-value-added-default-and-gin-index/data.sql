INSERT INTO grants VALUES (1, '{write}', '{read}');
