insert into shipment (id, status, version, weight) values (1, 2, 0, 1.5);
