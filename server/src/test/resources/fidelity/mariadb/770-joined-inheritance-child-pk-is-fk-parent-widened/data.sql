insert into payment values (1, 10.00), (2, 20.00);
insert into card_payment values (1, '4111111111111111');
