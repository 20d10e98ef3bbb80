create table payment (id integer not null, amount numeric(10,2) not null, primary key (id)) engine=InnoDB;
create table card_payment (id integer not null, card_number varchar(19) not null, primary key (id)) engine=InnoDB;
alter table card_payment add constraint FK_card_payment_payment foreign key (id) references payment (id);
