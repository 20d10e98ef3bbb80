CREATE TABLE orders (
  id int NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new' COMMENT 'state',
  note varchar(100) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT `Status Valid` CHECK (status in ('new','paid'))
) COMMENT='orders';
