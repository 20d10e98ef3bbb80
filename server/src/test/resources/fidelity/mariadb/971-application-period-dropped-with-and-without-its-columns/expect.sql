SELECT COUNT(*) = 2 FROM leases WHERE unit_id = 7
