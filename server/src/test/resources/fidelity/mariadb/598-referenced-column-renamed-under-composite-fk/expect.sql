SELECT COUNT(*) = 1 FROM bins b JOIN warehouses w ON w.region = b.region AND w.code = b.warehouse_code
