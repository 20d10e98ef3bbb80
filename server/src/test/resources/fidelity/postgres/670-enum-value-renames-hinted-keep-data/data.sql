INSERT INTO orders VALUES (1,'new','card','{new,paid}'),(2,'cancelled','cash','{cancelled}'),(3,'paid',NULL,'{}'),(4,'shipped','paypal',DEFAULT);
