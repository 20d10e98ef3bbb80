SELECT COUNT(*) = 1 FROM shipment WHERE status = 2 AND carrier IS NULL
