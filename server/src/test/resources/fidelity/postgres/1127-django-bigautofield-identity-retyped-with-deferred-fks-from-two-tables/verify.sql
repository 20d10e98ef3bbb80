SELECT (SELECT count(*) FROM shop_order) = 3 AND nextval(pg_get_serial_sequence('shop_customer', 'id')) = 3
  AND (SELECT data_type FROM pg_sequences WHERE sequencename = 'shop_order_id_seq') = 'bigint'::regtype
