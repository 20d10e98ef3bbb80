SELECT count(*) = 50 AND bool_and(status = 'pending') AND nextval('orders_id_seq') = 51 FROM orders
