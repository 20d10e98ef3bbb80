INSERT INTO lease_state VALUES (0, 'default'), (1, 'declined'), (2, 'expired-reclaimed');
INSERT INTO lease_hwaddr_source VALUES (1, 'HWADDR_SOURCE_RAW');
INSERT INTO lease6_types VALUES (0, 'IA_NA'), (2, 'IA_PD');
INSERT INTO lease4 (address, hwaddr, valid_lifetime, expire, subnet_id, hostname, state) VALUES (3221225994, X'0a1b2c3d4e5f', 3600, '2021-08-17 12:00:00', 1, 'pc1', 0), (3221225995, X'0a1b2c3d4e60', 3600, '2021-08-17 11:00:00', 1, 'pc2', 2);
