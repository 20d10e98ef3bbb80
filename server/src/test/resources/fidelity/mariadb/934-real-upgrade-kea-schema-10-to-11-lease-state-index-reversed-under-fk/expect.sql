SELECT (SELECT leases FROM lease4_stat WHERE subnet_id = 1 AND state = 0) = 1 AND (SELECT COUNT(*) FROM lease4) = 2
