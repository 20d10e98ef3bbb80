CREATE TABLE shipment (
  id int NOT NULL,
  carrier varchar(10) NOT NULL DEFAULT 'dhl',
  speed enum('slow','fast') NOT NULL DEFAULT 'slow',
  PRIMARY KEY (id)
);
