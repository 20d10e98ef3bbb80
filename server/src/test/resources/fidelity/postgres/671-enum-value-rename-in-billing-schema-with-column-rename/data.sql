INSERT INTO billing.invoices VALUES (1,'open','{open,void}'),(2,'void',NULL),(3,'paid','{}'); INSERT INTO tickets VALUES (1,'open');
