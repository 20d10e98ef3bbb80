INSERT INTO sales VALUES (1,'eu',5,'x');
