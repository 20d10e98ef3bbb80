-- ISC Kea lease database schema 10 (Debian kea-admin 2.2.0-6, /usr/share/kea/scripts/mysql/dhcpdb_create.mysql, which builds
-- schema 1 and upgrades it in place: run up to 'This line concludes database upgrade to version 10.'), as mariadb-dump and
-- information_schema.TRIGGERS give it back: the lease tables, what they reference, their statistics triggers, and
-- dhcp6_client_class (its audit triggers, which call stored procedures, left out)
/*M!999999\- enable the sandbox mode */ 
CREATE TABLE `lease_state` (
  `state` int(10) unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease_hwaddr_source` (
  `hwaddr_source` int(10) unsigned NOT NULL,
  `name` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`hwaddr_source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease6_types` (
  `lease_type` tinyint(4) NOT NULL,
  `name` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`lease_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease4` (
  `address` int(10) unsigned NOT NULL,
  `hwaddr` varbinary(20) DEFAULT NULL,
  `client_id` varbinary(128) DEFAULT NULL,
  `valid_lifetime` int(10) unsigned DEFAULT NULL,
  `expire` timestamp NULL DEFAULT NULL,
  `subnet_id` int(10) unsigned DEFAULT NULL,
  `fqdn_fwd` tinyint(1) DEFAULT NULL,
  `fqdn_rev` tinyint(1) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `state` int(10) unsigned DEFAULT 0,
  `user_context` text DEFAULT NULL,
  PRIMARY KEY (`address`),
  KEY `lease4_by_hwaddr_subnet_id` (`hwaddr`,`subnet_id`),
  KEY `lease4_by_client_id_subnet_id` (`client_id`,`subnet_id`),
  KEY `lease4_by_state_expire` (`state`,`expire`),
  KEY `lease4_by_subnet_id` (`subnet_id`),
  KEY `lease4_by_hostname` (`hostname`),
  CONSTRAINT `fk_lease4_state` FOREIGN KEY (`state`) REFERENCES `lease_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease6` (
  `address` varchar(39) NOT NULL,
  `duid` varbinary(128) DEFAULT NULL,
  `valid_lifetime` int(10) unsigned DEFAULT NULL,
  `expire` timestamp NULL DEFAULT NULL,
  `subnet_id` int(10) unsigned DEFAULT NULL,
  `pref_lifetime` int(10) unsigned DEFAULT NULL,
  `lease_type` tinyint(4) DEFAULT NULL,
  `iaid` int(10) unsigned DEFAULT NULL,
  `prefix_len` tinyint(3) unsigned DEFAULT NULL,
  `fqdn_fwd` tinyint(1) DEFAULT NULL,
  `fqdn_rev` tinyint(1) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `hwaddr` varbinary(20) DEFAULT NULL,
  `hwtype` smallint(5) unsigned DEFAULT NULL,
  `hwaddr_source` int(10) unsigned DEFAULT NULL,
  `state` int(10) unsigned DEFAULT 0,
  `user_context` text DEFAULT NULL,
  PRIMARY KEY (`address`),
  KEY `lease6_by_state_expire` (`state`,`expire`),
  KEY `fk_lease6_type` (`lease_type`),
  KEY `fk_lease6_hwaddr_source` (`hwaddr_source`),
  KEY `lease6_by_subnet_id_lease_type` (`subnet_id`,`lease_type`),
  KEY `lease6_by_duid_iaid_subnet_id` (`duid`,`iaid`,`subnet_id`),
  KEY `lease6_by_hostname` (`hostname`),
  CONSTRAINT `fk_lease6_hwaddr_source` FOREIGN KEY (`hwaddr_source`) REFERENCES `lease_hwaddr_source` (`hwaddr_source`),
  CONSTRAINT `fk_lease6_state` FOREIGN KEY (`state`) REFERENCES `lease_state` (`state`),
  CONSTRAINT `fk_lease6_type` FOREIGN KEY (`lease_type`) REFERENCES `lease6_types` (`lease_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease4_stat` (
  `subnet_id` int(10) unsigned NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `leases` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lease6_stat` (
  `subnet_id` int(10) unsigned NOT NULL,
  `lease_type` int(10) unsigned NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `leases` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`,`lease_type`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `dhcp6_client_class` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `test` text DEFAULT NULL,
  `only_if_required` tinyint(4) NOT NULL DEFAULT 0,
  `valid_lifetime` int(11) DEFAULT NULL,
  `min_valid_lifetime` int(11) DEFAULT NULL,
  `max_valid_lifetime` int(11) DEFAULT NULL,
  `depend_on_known_directly` tinyint(4) NOT NULL DEFAULT 0,
  `follow_class_name` varchar(128) DEFAULT NULL,
  `modification_ts` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`),
  KEY `key_dhcp6_client_class_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TRIGGER `stat_lease4_delete` AFTER DELETE ON `lease4` FOR EACH ROW BEGIN IF OLD.state = 0 OR OLD.state = 1 THEN UPDATE lease4_stat SET leases = IF(leases > 0, leases - 1, 0) WHERE subnet_id = OLD.subnet_id AND OLD.state = state; END IF; END;
CREATE TRIGGER `stat_lease4_insert` AFTER INSERT ON `lease4` FOR EACH ROW BEGIN IF NEW.state = 0 OR NEW.state = 1 THEN UPDATE lease4_stat SET leases = leases + 1 WHERE subnet_id = NEW.subnet_id AND state = NEW.state; IF ROW_COUNT() <= 0 THEN INSERT INTO lease4_stat VALUES (NEW.subnet_id, NEW.state, 1); END IF; END IF; END;
CREATE TRIGGER `stat_lease4_update` AFTER UPDATE ON `lease4` FOR EACH ROW BEGIN IF OLD.subnet_id != NEW.subnet_id OR OLD.state != NEW.state THEN IF OLD.state = 0 OR OLD.state = 1 THEN UPDATE lease4_stat SET leases = IF(leases > 0, leases - 1, 0) WHERE subnet_id = OLD.subnet_id AND state = OLD.state; END IF; IF NEW.state = 0 OR NEW.state = 1 THEN UPDATE lease4_stat SET leases = leases + 1 WHERE subnet_id = NEW.subnet_id AND state = NEW.state; IF ROW_COUNT() <= 0 THEN INSERT INTO lease4_stat VALUES (NEW.subnet_id, NEW.state, 1); END IF; END IF; END IF; END;
CREATE TRIGGER `stat_lease6_delete` AFTER DELETE ON `lease6` FOR EACH ROW BEGIN IF OLD.state = 0 OR OLD.state = 1 THEN UPDATE lease6_stat SET leases = IF(leases > 0, leases - 1, 0) WHERE subnet_id = OLD.subnet_id AND lease_type = OLD.lease_type AND state = OLD.state; END IF; END;
CREATE TRIGGER `stat_lease6_insert` AFTER INSERT ON `lease6` FOR EACH ROW BEGIN IF NEW.state = 0 OR NEW.state = 1 THEN UPDATE lease6_stat SET leases = leases + 1 WHERE subnet_id = NEW.subnet_id AND lease_type = NEW.lease_type AND state = NEW.state; IF ROW_COUNT() <= 0 THEN INSERT INTO lease6_stat VALUES (NEW.subnet_id, NEW.lease_type, NEW.state, 1); END IF; END IF; END;
CREATE TRIGGER `stat_lease6_update` AFTER UPDATE ON `lease6` FOR EACH ROW BEGIN IF OLD.subnet_id != NEW.subnet_id OR OLD.lease_type != NEW.lease_type OR OLD.state != NEW.state THEN IF OLD.state = 0 OR OLD.state = 1 THEN UPDATE lease6_stat SET leases = IF(leases > 0, leases - 1, 0) WHERE subnet_id = OLD.subnet_id AND lease_type = OLD.lease_type AND state = OLD.state; END IF; IF NEW.state = 0 OR NEW.state = 1 THEN UPDATE lease6_stat SET leases = leases + 1 WHERE subnet_id = NEW.subnet_id AND lease_type = NEW.lease_type AND state = NEW.state; IF ROW_COUNT() <= 0 THEN INSERT INTO lease6_stat VALUES (NEW.subnet_id, NEW.lease_type, NEW.state, 1); END IF; END IF; END IF; END;
