INSERT INTO docs VALUES (1,'live','live','{live}');
