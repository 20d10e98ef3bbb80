CREATE TABLE shipment (
  id int NOT NULL,
  carrier enum('dhl','ups','fedex') NOT NULL DEFAULT 'dhl',
  speed varchar(10) NOT NULL DEFAULT 'slow',
  PRIMARY KEY (id)
);
