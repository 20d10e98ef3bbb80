SELECT string_agg(name_lower, ',' ORDER BY id) = 'cpu,mem' FROM metrics
