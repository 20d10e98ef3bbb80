SELECT COUNT(*) = 1 FROM login_audit WHERE client_ip = '::ffff:10.0.0.1'
