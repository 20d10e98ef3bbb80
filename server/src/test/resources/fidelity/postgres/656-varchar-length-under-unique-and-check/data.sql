INSERT INTO accounts VALUES (1,'alice','ABCD'),(2,'bob','ABCDEF');
