create sequence customer_order_SEQ start with 1 increment by 50;
create table customer (id bigint not null auto_increment, email varchar(255), version integer, primary key (id)) engine=InnoDB;
create table customer_order (id bigint not null, amount numeric(38,2), created_at datetime(6), status tinyint check (status between 0 and 2), weight float(53), customer_id bigint, primary key (id)) engine=InnoDB;
alter table customer drop index if exists UK_dwk6cx0afu8bs9o4t536v1j5v;
alter table customer add constraint UK_dwk6cx0afu8bs9o4t536v1j5v unique (email);
alter table customer_order add constraint FKf9abd30bhiqvugayxlpq8ryq9 foreign key (customer_id) references customer (id);
