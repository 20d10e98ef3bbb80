INSERT INTO dhcp4_shared_network (name) VALUES ('floor1');
INSERT INTO dhcp4_subnet (subnet_id, subnet_prefix, shared_network_name) VALUES (1, '192.0.2.0/24', 'floor1'), (2, '198.51.100.0/24', NULL);
INSERT INTO dhcp4_client_class (name, test) VALUES ('voip', 'substring(option[60].hex,0,6) == ''Aastra''');
