INSERT INTO members VALUES (1, '{reader,writer}');
