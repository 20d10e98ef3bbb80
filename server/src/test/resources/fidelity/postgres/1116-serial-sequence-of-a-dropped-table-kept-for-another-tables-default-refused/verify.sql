SELECT nextval('legacy_orders_id_seq') = 4
