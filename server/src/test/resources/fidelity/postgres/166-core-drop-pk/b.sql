CREATE TABLE ol (order_id integer NOT NULL, line integer NOT NULL);
