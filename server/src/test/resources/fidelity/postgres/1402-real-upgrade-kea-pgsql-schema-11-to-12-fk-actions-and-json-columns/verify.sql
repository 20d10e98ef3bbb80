SELECT count(*) = 1 FROM dhcp4_subnet WHERE shared_network_name = 'floor1'
