create table shipment (id bigint not null, status tinyint not null check (status between 0 and 2), version bigint, weight float(53), primary key (id)) engine=InnoDB;
