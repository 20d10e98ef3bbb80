INSERT INTO access_log (remote, forwarded_for) VALUES ('::ffff:10.0.0.1', NULL), ('::ffff:198.51.100.23', '::ffff:192.0.2.1');
