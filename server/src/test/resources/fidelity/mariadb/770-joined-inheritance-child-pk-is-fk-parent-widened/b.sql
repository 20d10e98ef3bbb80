create table payment (id bigint not null, amount numeric(12,2) not null, kind varchar(31) not null default 'card', primary key (id)) engine=InnoDB;
create table card_payment (id bigint not null, card_number varchar(19) not null, primary key (id)) engine=InnoDB;
create table bank_payment (id bigint not null, iban varchar(34) not null, primary key (id)) engine=InnoDB;
alter table card_payment add constraint FK_card_payment_payment foreign key (id) references payment (id) on delete cascade;
alter table bank_payment add constraint FK_bank_payment_payment foreign key (id) references payment (id) on delete cascade;
