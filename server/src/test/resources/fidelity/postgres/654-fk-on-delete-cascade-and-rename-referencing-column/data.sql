INSERT INTO authors VALUES (1,'a'),(2,'b'); INSERT INTO posts VALUES (10,1,'x'),(11,2,'y');
