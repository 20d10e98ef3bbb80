CREATE TABLE payments (
  id int NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT chk_positive CHECK (amount > 0)
);
CREATE TABLE refunds (
  id int NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT chk_positive CHECK (amount > 0)
);
