SELECT tenant_id = 9 FROM t
