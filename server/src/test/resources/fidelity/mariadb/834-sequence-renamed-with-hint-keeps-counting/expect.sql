SELECT NEXTVAL(invoice_id_seq) > 501
