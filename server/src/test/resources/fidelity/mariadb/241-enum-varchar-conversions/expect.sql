SELECT COUNT(*) = 1 FROM shipment WHERE carrier = 'ups' AND speed = 'fast'
