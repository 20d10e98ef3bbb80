SELECT nextval('invoice_id_seq') > 501
