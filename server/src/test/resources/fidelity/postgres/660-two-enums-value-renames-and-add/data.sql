INSERT INTO orders VALUES (1,'paid','cash','{paid,shipped}'),(2,'shipped',NULL,'{}');
