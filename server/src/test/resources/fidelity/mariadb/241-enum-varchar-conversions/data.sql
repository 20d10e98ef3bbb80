INSERT INTO shipment VALUES (1, 'ups', 'fast'), (2, 'dhl', 'slow');
