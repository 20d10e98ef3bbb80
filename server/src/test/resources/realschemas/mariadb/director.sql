/*M!999999\- enable the sandbox mode */ 
-- Schema of Icinga Director 1.10.2 (Debian package icingaweb2-module-director 1.10.2-1, usr/share/icingaweb2/modules/director/schema/mysql.sql), GNU GPL v2 (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: director
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `branched_icinga_apiuser`
--

DROP TABLE IF EXISTS `branched_icinga_apiuser`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_apiuser` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `client_dn` varchar(64) DEFAULT NULL,
  `permissions` text DEFAULT NULL COMMENT 'JSON-encoded permissions',
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_apiuser_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_command`
--

DROP TABLE IF EXISTS `branched_icinga_command`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_command` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `methods_execute` varchar(64) DEFAULT NULL,
  `command` text DEFAULT NULL,
  `is_string` enum('y','n') DEFAULT NULL,
  `timeout` smallint(5) unsigned DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `arguments` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_command_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_dependency`
--

DROP TABLE IF EXISTS `branched_icinga_dependency`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_dependency` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `apply_to` enum('host','service') DEFAULT NULL,
  `parent_host` varchar(255) DEFAULT NULL,
  `parent_host_var` varchar(128) DEFAULT NULL,
  `parent_service` varchar(255) DEFAULT NULL,
  `child_host` varchar(255) DEFAULT NULL,
  `child_service` varchar(255) DEFAULT NULL,
  `disable_checks` enum('y','n') DEFAULT NULL,
  `disable_notifications` enum('y','n') DEFAULT NULL,
  `ignore_soft_states` enum('y','n') DEFAULT NULL,
  `period` varchar(255) DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `parent_service_by_name` varchar(255) DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_dependency_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_endpoint`
--

DROP TABLE IF EXISTS `branched_icinga_endpoint`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_endpoint` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `port` smallint(5) unsigned DEFAULT NULL,
  `log_duration` varchar(32) DEFAULT NULL,
  `apiuser` varchar(255) DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_endpoint_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_host`
--

DROP TABLE IF EXISTS `branched_icinga_host`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_host` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `address6` varchar(45) DEFAULT NULL,
  `check_command` varchar(255) DEFAULT NULL,
  `max_check_attempts` mediumint(8) unsigned DEFAULT NULL,
  `check_period` varchar(255) DEFAULT NULL,
  `check_interval` varchar(8) DEFAULT NULL,
  `retry_interval` varchar(8) DEFAULT NULL,
  `check_timeout` smallint(5) unsigned DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `enable_active_checks` enum('y','n') DEFAULT NULL,
  `enable_passive_checks` enum('y','n') DEFAULT NULL,
  `enable_event_handler` enum('y','n') DEFAULT NULL,
  `enable_flapping` enum('y','n') DEFAULT NULL,
  `enable_perfdata` enum('y','n') DEFAULT NULL,
  `event_command` varchar(255) DEFAULT NULL,
  `flapping_threshold_high` smallint(5) unsigned DEFAULT NULL,
  `flapping_threshold_low` smallint(5) unsigned DEFAULT NULL,
  `volatile` enum('y','n') DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `command_endpoint` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `notes_url` varchar(255) DEFAULT NULL,
  `action_url` varchar(255) DEFAULT NULL,
  `icon_image` varchar(255) DEFAULT NULL,
  `icon_image_alt` varchar(255) DEFAULT NULL,
  `has_agent` enum('y','n') DEFAULT NULL,
  `master_should_connect` enum('y','n') DEFAULT NULL,
  `accept_config` enum('y','n') DEFAULT NULL,
  `custom_endpoint_name` varchar(255) DEFAULT NULL,
  `api_key` varchar(40) DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `groups` text DEFAULT NULL,
  `vars` mediumtext DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_host_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_hostgroup`
--

DROP TABLE IF EXISTS `branched_icinga_hostgroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_hostgroup` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_hostgroup_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_notification`
--

DROP TABLE IF EXISTS `branched_icinga_notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_notification` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `apply_to` enum('host','service') DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `service` varchar(255) DEFAULT NULL,
  `times_begin` int(10) unsigned DEFAULT NULL,
  `times_end` int(10) unsigned DEFAULT NULL,
  `notification_interval` int(10) unsigned DEFAULT NULL,
  `command` varchar(255) DEFAULT NULL,
  `period` varchar(255) DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `states` text DEFAULT NULL,
  `types` text DEFAULT NULL,
  `users` text DEFAULT NULL,
  `usergroups` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `vars` mediumtext DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_notification_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_scheduled_downtime`
--

DROP TABLE IF EXISTS `branched_icinga_scheduled_downtime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_scheduled_downtime` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `apply_to` enum('host','service') DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `fixed` enum('y','n') DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL,
  `with_services` enum('y','n') DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `ranges` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_scheduled_downtime_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_service`
--

DROP TABLE IF EXISTS `branched_icinga_service`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_service` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `service_set` varchar(255) DEFAULT NULL,
  `check_command` varchar(255) DEFAULT NULL,
  `max_check_attempts` mediumint(8) unsigned DEFAULT NULL,
  `check_period` varchar(255) DEFAULT NULL,
  `check_interval` varchar(8) DEFAULT NULL,
  `retry_interval` varchar(8) DEFAULT NULL,
  `check_timeout` smallint(5) unsigned DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `enable_active_checks` enum('y','n') DEFAULT NULL,
  `enable_passive_checks` enum('y','n') DEFAULT NULL,
  `enable_event_handler` enum('y','n') DEFAULT NULL,
  `enable_flapping` enum('y','n') DEFAULT NULL,
  `enable_perfdata` enum('y','n') DEFAULT NULL,
  `event_command` varchar(255) DEFAULT NULL,
  `flapping_threshold_high` smallint(5) unsigned DEFAULT NULL,
  `flapping_threshold_low` smallint(5) unsigned DEFAULT NULL,
  `volatile` enum('y','n') DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `command_endpoint` varchar(255) DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `notes_url` varchar(255) DEFAULT NULL,
  `action_url` varchar(255) DEFAULT NULL,
  `icon_image` varchar(255) DEFAULT NULL,
  `icon_image_alt` varchar(255) DEFAULT NULL,
  `use_agent` enum('y','n') DEFAULT NULL,
  `apply_for` varchar(255) DEFAULT NULL,
  `use_var_overrides` enum('y','n') DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `groups` text DEFAULT NULL,
  `vars` mediumtext DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_service_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_service_set`
--

DROP TABLE IF EXISTS `branched_icinga_service_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_service_set` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(128) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_service_set_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_servicegroup`
--

DROP TABLE IF EXISTS `branched_icinga_servicegroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_servicegroup` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_servicegroup_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_timeperiod`
--

DROP TABLE IF EXISTS `branched_icinga_timeperiod`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_timeperiod` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `update_method` varchar(64) DEFAULT NULL COMMENT 'Usually LegacyTimePeriod',
  `zone` varchar(255) DEFAULT NULL,
  `prefer_includes` enum('y','n') DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `ranges` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_timeperiod_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_user`
--

DROP TABLE IF EXISTS `branched_icinga_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_user` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `pager` varchar(255) DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `period` varchar(255) DEFAULT NULL,
  `zone` varchar(255) DEFAULT NULL,
  `states` text DEFAULT NULL,
  `types` text DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `groups` text DEFAULT NULL,
  `vars` mediumtext DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_user_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_usergroup`
--

DROP TABLE IF EXISTS `branched_icinga_usergroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_usergroup` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  KEY `search_display_name` (`display_name`),
  CONSTRAINT `icinga_usergroup_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `branched_icinga_zone`
--

DROP TABLE IF EXISTS `branched_icinga_zone`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `branched_icinga_zone` (
  `uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `branch_created` enum('y','n') NOT NULL DEFAULT 'n',
  `branch_deleted` enum('y','n') NOT NULL DEFAULT 'n',
  `object_name` varchar(255) DEFAULT NULL,
  `parent` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','external_object') DEFAULT NULL,
  `disabled` enum('y','n') DEFAULT NULL,
  `is_global` enum('y','n') DEFAULT NULL,
  `imports` text DEFAULT NULL,
  `set_null` text DEFAULT NULL,
  PRIMARY KEY (`branch_uuid`,`uuid`),
  UNIQUE KEY `branch_object_name` (`branch_uuid`,`object_name`),
  KEY `search_object_name` (`object_name`),
  CONSTRAINT `icinga_zone_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_activity_log`
--

DROP TABLE IF EXISTS `director_activity_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_activity_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `object_type` varchar(64) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `action_name` enum('create','delete','modify') NOT NULL,
  `old_properties` text DEFAULT NULL COMMENT 'Property hash, JSON',
  `new_properties` text DEFAULT NULL COMMENT 'Property hash, JSON',
  `author` varchar(64) NOT NULL,
  `change_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `checksum` varbinary(20) NOT NULL,
  `parent_checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sort_idx` (`change_time`),
  KEY `search_idx` (`object_name`),
  KEY `search_idx2` (`object_type`(32),`object_name`(64),`change_time`),
  KEY `search_author` (`author`),
  KEY `checksum` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_activity_log_remark`
--

DROP TABLE IF EXISTS `director_activity_log_remark`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_activity_log_remark` (
  `first_related_activity` bigint(20) unsigned NOT NULL,
  `last_related_activity` bigint(20) unsigned NOT NULL,
  `remark` text NOT NULL,
  PRIMARY KEY (`first_related_activity`,`last_related_activity`),
  KEY `activity_log_remark_end` (`last_related_activity`),
  CONSTRAINT `activity_log_remark_begin` FOREIGN KEY (`first_related_activity`) REFERENCES `director_activity_log` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `activity_log_remark_end` FOREIGN KEY (`last_related_activity`) REFERENCES `director_activity_log` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_basket`
--

DROP TABLE IF EXISTS `director_basket`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_basket` (
  `uuid` varbinary(16) NOT NULL,
  `basket_name` varchar(64) NOT NULL,
  `owner_type` enum('user','usergroup','role') NOT NULL,
  `owner_value` varchar(255) NOT NULL,
  `objects` mediumtext NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `basket_name` (`basket_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_basket_content`
--

DROP TABLE IF EXISTS `director_basket_content`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_basket_content` (
  `checksum` varbinary(20) NOT NULL,
  `summary` varchar(500) NOT NULL,
  `content` mediumtext NOT NULL,
  PRIMARY KEY (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_basket_snapshot`
--

DROP TABLE IF EXISTS `director_basket_snapshot`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_basket_snapshot` (
  `basket_uuid` varbinary(16) NOT NULL,
  `ts_create` bigint(20) NOT NULL,
  `content_checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`basket_uuid`,`ts_create`),
  KEY `sort_idx` (`ts_create`),
  KEY `basked_snapshot_content` (`content_checksum`),
  CONSTRAINT `basked_snapshot_basket` FOREIGN KEY (`basket_uuid`) REFERENCES `director_basket` (`uuid`) ON DELETE CASCADE,
  CONSTRAINT `basked_snapshot_content` FOREIGN KEY (`content_checksum`) REFERENCES `director_basket_content` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_branch`
--

DROP TABLE IF EXISTS `director_branch`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_branch` (
  `uuid` varbinary(16) NOT NULL,
  `owner` varchar(255) NOT NULL,
  `branch_name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `ts_merge_request` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `branch_name` (`branch_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_branch_activity`
--

DROP TABLE IF EXISTS `director_branch_activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_branch_activity` (
  `timestamp_ns` bigint(20) NOT NULL,
  `object_uuid` varbinary(16) NOT NULL,
  `branch_uuid` varbinary(16) NOT NULL,
  `action` enum('create','modify','delete') NOT NULL,
  `object_table` varchar(64) NOT NULL,
  `author` varchar(255) NOT NULL,
  `former_properties` longtext NOT NULL,
  `modified_properties` longtext NOT NULL,
  PRIMARY KEY (`timestamp_ns`),
  KEY `object_uuid` (`object_uuid`),
  KEY `branch_uuid` (`branch_uuid`),
  CONSTRAINT `branch_activity_branch` FOREIGN KEY (`branch_uuid`) REFERENCES `director_branch` (`uuid`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_daemon_info`
--

DROP TABLE IF EXISTS `director_daemon_info`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_daemon_info` (
  `instance_uuid_hex` varchar(32) NOT NULL,
  `schema_version` smallint(5) unsigned NOT NULL,
  `fqdn` varchar(255) NOT NULL,
  `username` varchar(64) NOT NULL,
  `pid` int(10) unsigned NOT NULL,
  `binary_path` varchar(128) NOT NULL,
  `binary_realpath` varchar(128) NOT NULL,
  `php_binary_path` varchar(128) NOT NULL,
  `php_binary_realpath` varchar(128) NOT NULL,
  `php_version` varchar(64) NOT NULL,
  `php_integer_size` smallint(6) NOT NULL,
  `running_with_systemd` enum('y','n') NOT NULL,
  `ts_started` bigint(20) NOT NULL,
  `ts_stopped` bigint(20) DEFAULT NULL,
  `ts_last_modification` bigint(20) DEFAULT NULL,
  `ts_last_update` bigint(20) DEFAULT NULL,
  `process_info` mediumtext NOT NULL,
  PRIMARY KEY (`instance_uuid_hex`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_datafield`
--

DROP TABLE IF EXISTS `director_datafield`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_datafield` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category_id` int(10) unsigned DEFAULT NULL,
  `varname` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `caption` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `datatype` varchar(255) NOT NULL,
  `format` enum('string','json','expression') DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_idx` (`varname`),
  KEY `director_datafield_category` (`category_id`),
  CONSTRAINT `director_datafield_category` FOREIGN KEY (`category_id`) REFERENCES `director_datafield_category` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_datafield_category`
--

DROP TABLE IF EXISTS `director_datafield_category`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_datafield_category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `category_name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `category_name` (`category_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_datafield_setting`
--

DROP TABLE IF EXISTS `director_datafield_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_datafield_setting` (
  `datafield_id` int(10) unsigned NOT NULL,
  `setting_name` varchar(64) NOT NULL,
  `setting_value` text NOT NULL,
  PRIMARY KEY (`datafield_id`,`setting_name`),
  CONSTRAINT `datafield_id_settings` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_datalist`
--

DROP TABLE IF EXISTS `director_datalist`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_datalist` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `list_name` varchar(255) NOT NULL,
  `owner` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list_name` (`list_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_datalist_entry`
--

DROP TABLE IF EXISTS `director_datalist_entry`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_datalist_entry` (
  `list_id` int(10) unsigned NOT NULL,
  `entry_name` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `entry_value` text DEFAULT NULL,
  `format` enum('string','expression','json') DEFAULT NULL,
  `allowed_roles` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`list_id`,`entry_name`),
  CONSTRAINT `director_datalist_value_datalist` FOREIGN KEY (`list_id`) REFERENCES `director_datalist` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_deployment_log`
--

DROP TABLE IF EXISTS `director_deployment_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_deployment_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `config_checksum` varbinary(20) DEFAULT NULL,
  `last_activity_checksum` varbinary(20) NOT NULL,
  `peer_identity` varchar(64) NOT NULL,
  `start_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `end_time` timestamp NULL DEFAULT NULL,
  `abort_time` timestamp NULL DEFAULT NULL,
  `duration_connection` int(10) unsigned DEFAULT NULL COMMENT 'The time it took to connect to an Icinga node (ms)',
  `duration_dump` int(10) unsigned DEFAULT NULL COMMENT 'Time spent dumping the config (ms)',
  `stage_name` varchar(96) DEFAULT NULL,
  `stage_collected` enum('y','n') DEFAULT NULL,
  `connection_succeeded` enum('y','n') DEFAULT NULL,
  `dump_succeeded` enum('y','n') DEFAULT NULL,
  `startup_succeeded` enum('y','n') DEFAULT NULL,
  `username` varchar(64) DEFAULT NULL COMMENT 'The user that triggered this deployment',
  `startup_log` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `start_time` (`start_time`),
  KEY `config_checksum` (`config_checksum`),
  CONSTRAINT `config_checksum` FOREIGN KEY (`config_checksum`) REFERENCES `director_generated_config` (`checksum`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_generated_config`
--

DROP TABLE IF EXISTS `director_generated_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_generated_config` (
  `checksum` varbinary(20) NOT NULL COMMENT 'SHA1(last_activity_checksum;file_path=checksum;file_path=checksum;...)',
  `director_version` varchar(64) DEFAULT NULL,
  `director_db_version` int(10) DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL COMMENT 'Config generation duration (ms)',
  `first_activity_checksum` varbinary(20) NOT NULL,
  `last_activity_checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`checksum`),
  KEY `director_generated_config_activity` (`last_activity_checksum`),
  CONSTRAINT `director_generated_config_activity` FOREIGN KEY (`last_activity_checksum`) REFERENCES `director_activity_log` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_generated_config_file`
--

DROP TABLE IF EXISTS `director_generated_config_file`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_generated_config_file` (
  `config_checksum` varbinary(20) NOT NULL,
  `file_checksum` varbinary(20) NOT NULL,
  `file_path` varchar(128) NOT NULL COMMENT 'e.g. zones/nafta/hosts.conf',
  PRIMARY KEY (`config_checksum`,`file_path`),
  KEY `search_idx` (`file_checksum`),
  CONSTRAINT `director_generated_config_file_config` FOREIGN KEY (`config_checksum`) REFERENCES `director_generated_config` (`checksum`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `director_generated_config_file_file` FOREIGN KEY (`file_checksum`) REFERENCES `director_generated_file` (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_generated_file`
--

DROP TABLE IF EXISTS `director_generated_file`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_generated_file` (
  `checksum` varbinary(20) NOT NULL COMMENT 'SHA1(content)',
  `content` longtext NOT NULL,
  `cnt_object` int(10) unsigned NOT NULL DEFAULT 0,
  `cnt_template` int(10) unsigned NOT NULL DEFAULT 0,
  `cnt_apply` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_job`
--

DROP TABLE IF EXISTS `director_job`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_job` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `job_name` varchar(64) NOT NULL,
  `job_class` varchar(72) NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `run_interval` int(10) unsigned NOT NULL,
  `timeperiod_id` int(10) unsigned DEFAULT NULL,
  `last_attempt_succeeded` enum('y','n') DEFAULT NULL,
  `ts_last_attempt` timestamp NULL DEFAULT NULL,
  `ts_last_error` timestamp NULL DEFAULT NULL,
  `last_error_message` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_name` (`job_name`),
  KEY `director_job_period` (`timeperiod_id`),
  CONSTRAINT `director_job_period` FOREIGN KEY (`timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_job_setting`
--

DROP TABLE IF EXISTS `director_job_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_job_setting` (
  `job_id` int(10) unsigned NOT NULL,
  `setting_name` varchar(64) NOT NULL,
  `setting_value` text DEFAULT NULL,
  PRIMARY KEY (`job_id`,`setting_name`),
  CONSTRAINT `job_settings` FOREIGN KEY (`job_id`) REFERENCES `director_job` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_schema_migration`
--

DROP TABLE IF EXISTS `director_schema_migration`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_schema_migration` (
  `schema_version` smallint(5) unsigned NOT NULL,
  `migration_time` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`schema_version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `director_setting`
--

DROP TABLE IF EXISTS `director_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `director_setting` (
  `setting_name` varchar(64) NOT NULL,
  `setting_value` varchar(255) NOT NULL,
  PRIMARY KEY (`setting_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_apiuser`
--

DROP TABLE IF EXISTS `icinga_apiuser`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_apiuser` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `password` varchar(255) DEFAULT NULL,
  `client_dn` varchar(64) DEFAULT NULL,
  `permissions` text DEFAULT NULL COMMENT 'JSON-encoded permissions',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command`
--

DROP TABLE IF EXISTS `icinga_command`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL COMMENT 'external_object is an attempt to work with existing commands',
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `methods_execute` varchar(64) DEFAULT NULL,
  `command` text DEFAULT NULL,
  `is_string` enum('y','n') DEFAULT NULL,
  `timeout` smallint(5) unsigned DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `icinga_command_zone` (`zone_id`),
  CONSTRAINT `icinga_command_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command_argument`
--

DROP TABLE IF EXISTS `icinga_command_argument`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command_argument` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `command_id` int(10) unsigned NOT NULL,
  `argument_name` varchar(64) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL COMMENT '-x, --host',
  `argument_value` text DEFAULT NULL,
  `argument_format` enum('string','expression','json') DEFAULT NULL,
  `key_string` varchar(64) DEFAULT NULL COMMENT 'Overrides name',
  `description` text DEFAULT NULL,
  `skip_key` enum('y','n') DEFAULT NULL,
  `set_if` varchar(255) DEFAULT NULL,
  `set_if_format` enum('string','expression','json') DEFAULT NULL,
  `sort_order` smallint(6) DEFAULT NULL,
  `repeat_key` enum('y','n') DEFAULT NULL COMMENT 'Useful with array values',
  `required` enum('y','n') DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_idx` (`command_id`,`argument_name`),
  KEY `sort_idx` (`command_id`,`sort_order`),
  CONSTRAINT `icinga_command_argument_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command_field`
--

DROP TABLE IF EXISTS `icinga_command_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command_field` (
  `command_id` int(10) unsigned NOT NULL,
  `datafield_id` int(10) unsigned NOT NULL,
  `is_required` enum('y','n') NOT NULL,
  `var_filter` text DEFAULT NULL,
  PRIMARY KEY (`command_id`,`datafield_id`),
  KEY `icinga_command_field_datafield` (`datafield_id`),
  CONSTRAINT `icinga_command_field_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_command_field_datafield` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command_inheritance`
--

DROP TABLE IF EXISTS `icinga_command_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command_inheritance` (
  `command_id` int(10) unsigned NOT NULL,
  `parent_command_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`command_id`,`parent_command_id`),
  UNIQUE KEY `unique_order` (`command_id`,`weight`),
  KEY `icinga_command_inheritance_parent_command` (`parent_command_id`),
  CONSTRAINT `icinga_command_inheritance_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_command_inheritance_parent_command` FOREIGN KEY (`parent_command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command_resolved_var`
--

DROP TABLE IF EXISTS `icinga_command_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command_resolved_var` (
  `command_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`command_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `command_resolved_var_checksum` (`checksum`),
  CONSTRAINT `command_resolved_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `command_resolved_var_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_command_var`
--

DROP TABLE IF EXISTS `icinga_command_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_command_var` (
  `command_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','expression','json') NOT NULL DEFAULT 'string',
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`command_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_command_var_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_dependency`
--

DROP TABLE IF EXISTS `icinga_dependency`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_dependency` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `apply_to` enum('host','service') DEFAULT NULL,
  `parent_host_id` int(10) unsigned DEFAULT NULL,
  `parent_host_var` varchar(128) DEFAULT NULL,
  `parent_service_id` int(10) unsigned DEFAULT NULL,
  `child_host_id` int(10) unsigned DEFAULT NULL,
  `child_service_id` int(10) unsigned DEFAULT NULL,
  `disable_checks` enum('y','n') DEFAULT NULL,
  `disable_notifications` enum('y','n') DEFAULT NULL,
  `ignore_soft_states` enum('y','n') DEFAULT NULL,
  `period_id` int(10) unsigned DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `parent_service_by_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `icinga_dependency_parent_host` (`parent_host_id`),
  KEY `icinga_dependency_parent_service` (`parent_service_id`),
  KEY `icinga_dependency_child_host` (`child_host_id`),
  KEY `icinga_dependency_child_service` (`child_service_id`),
  KEY `icinga_dependency_period` (`period_id`),
  KEY `icinga_dependency_zone` (`zone_id`),
  CONSTRAINT `icinga_dependency_child_host` FOREIGN KEY (`child_host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_child_service` FOREIGN KEY (`child_service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_parent_host` FOREIGN KEY (`parent_host_id`) REFERENCES `icinga_host` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_parent_service` FOREIGN KEY (`parent_service_id`) REFERENCES `icinga_service` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_period` FOREIGN KEY (`period_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_dependency_inheritance`
--

DROP TABLE IF EXISTS `icinga_dependency_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_dependency_inheritance` (
  `dependency_id` int(10) unsigned NOT NULL,
  `parent_dependency_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`dependency_id`,`parent_dependency_id`),
  UNIQUE KEY `unique_order` (`dependency_id`,`weight`),
  KEY `icinga_dependency_inheritance_parent_dependency` (`parent_dependency_id`),
  CONSTRAINT `icinga_dependency_inheritance_dependency` FOREIGN KEY (`dependency_id`) REFERENCES `icinga_dependency` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_dependency_inheritance_parent_dependency` FOREIGN KEY (`parent_dependency_id`) REFERENCES `icinga_dependency` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_dependency_states_set`
--

DROP TABLE IF EXISTS `icinga_dependency_states_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_dependency_states_set` (
  `dependency_id` int(10) unsigned NOT NULL,
  `property` enum('OK','Warning','Critical','Unknown','Up','Down') NOT NULL,
  `merge_behaviour` enum('override','extend','blacklist') NOT NULL DEFAULT 'override' COMMENT 'override: = [], extend: += [], blacklist: -= []',
  PRIMARY KEY (`dependency_id`,`property`,`merge_behaviour`),
  CONSTRAINT `icinga_dependency_states_set_dependency` FOREIGN KEY (`dependency_id`) REFERENCES `icinga_dependency` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_endpoint`
--

DROP TABLE IF EXISTS `icinga_endpoint`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_endpoint` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `host` varchar(255) DEFAULT NULL COMMENT 'IP address / hostname of remote node',
  `port` smallint(5) unsigned DEFAULT NULL COMMENT '5665 if not set',
  `log_duration` varchar(32) DEFAULT NULL COMMENT '1d if not set',
  `apiuser_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `icinga_endpoint_zone` (`zone_id`),
  KEY `icinga_apiuser` (`apiuser_id`),
  CONSTRAINT `icinga_apiuser` FOREIGN KEY (`apiuser_id`) REFERENCES `icinga_apiuser` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_endpoint_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_endpoint_inheritance`
--

DROP TABLE IF EXISTS `icinga_endpoint_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_endpoint_inheritance` (
  `endpoint_id` int(10) unsigned NOT NULL,
  `parent_endpoint_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`endpoint_id`,`parent_endpoint_id`),
  UNIQUE KEY `unique_order` (`endpoint_id`,`weight`),
  KEY `icinga_endpoint_inheritance_parent_endpoint` (`parent_endpoint_id`),
  CONSTRAINT `icinga_endpoint_inheritance_endpoint` FOREIGN KEY (`endpoint_id`) REFERENCES `icinga_endpoint` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_endpoint_inheritance_parent_endpoint` FOREIGN KEY (`parent_endpoint_id`) REFERENCES `icinga_endpoint` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_flat_var`
--

DROP TABLE IF EXISTS `icinga_flat_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_flat_var` (
  `var_checksum` varbinary(20) NOT NULL,
  `flatname_checksum` varbinary(20) NOT NULL,
  `flatname` varchar(512) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `flatvalue` text NOT NULL,
  PRIMARY KEY (`var_checksum`,`flatname_checksum`),
  KEY `search_varname` (`flatname`(191)),
  KEY `search_varvalue` (`flatvalue`(128)),
  CONSTRAINT `flat_var_var` FOREIGN KEY (`var_checksum`) REFERENCES `icinga_var` (`checksum`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host`
--

DROP TABLE IF EXISTS `icinga_host`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `address` varchar(255) DEFAULT NULL,
  `address6` varchar(45) DEFAULT NULL,
  `check_command_id` int(10) unsigned DEFAULT NULL,
  `max_check_attempts` mediumint(8) unsigned DEFAULT NULL,
  `check_period_id` int(10) unsigned DEFAULT NULL,
  `check_interval` varchar(8) DEFAULT NULL,
  `retry_interval` varchar(8) DEFAULT NULL,
  `check_timeout` smallint(5) unsigned DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `enable_active_checks` enum('y','n') DEFAULT NULL,
  `enable_passive_checks` enum('y','n') DEFAULT NULL,
  `enable_event_handler` enum('y','n') DEFAULT NULL,
  `enable_flapping` enum('y','n') DEFAULT NULL,
  `enable_perfdata` enum('y','n') DEFAULT NULL,
  `event_command_id` int(10) unsigned DEFAULT NULL,
  `flapping_threshold_high` smallint(5) unsigned DEFAULT NULL,
  `flapping_threshold_low` smallint(5) unsigned DEFAULT NULL,
  `volatile` enum('y','n') DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `command_endpoint_id` int(10) unsigned DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `notes_url` varchar(255) DEFAULT NULL,
  `action_url` varchar(255) DEFAULT NULL,
  `icon_image` varchar(255) DEFAULT NULL,
  `icon_image_alt` varchar(255) DEFAULT NULL,
  `has_agent` enum('y','n') DEFAULT NULL,
  `master_should_connect` enum('y','n') DEFAULT NULL,
  `accept_config` enum('y','n') DEFAULT NULL,
  `custom_endpoint_name` varchar(255) DEFAULT NULL,
  `api_key` varchar(40) DEFAULT NULL,
  `template_choice_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  UNIQUE KEY `api_key` (`api_key`),
  KEY `search_idx` (`display_name`),
  KEY `icinga_host_zone` (`zone_id`),
  KEY `icinga_host_check_period` (`check_period_id`),
  KEY `icinga_host_check_command` (`check_command_id`),
  KEY `icinga_host_event_command` (`event_command_id`),
  KEY `icinga_host_command_endpoint` (`command_endpoint_id`),
  KEY `icinga_host_template_choice` (`template_choice_id`),
  CONSTRAINT `icinga_host_check_command` FOREIGN KEY (`check_command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_check_period` FOREIGN KEY (`check_period_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_command_endpoint` FOREIGN KEY (`command_endpoint_id`) REFERENCES `icinga_endpoint` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_event_command` FOREIGN KEY (`event_command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_template_choice` FOREIGN KEY (`template_choice_id`) REFERENCES `icinga_host_template_choice` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_field`
--

DROP TABLE IF EXISTS `icinga_host_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_field` (
  `host_id` int(10) unsigned NOT NULL COMMENT 'Makes only sense for templates',
  `datafield_id` int(10) unsigned NOT NULL,
  `is_required` enum('y','n') NOT NULL,
  `var_filter` text DEFAULT NULL,
  PRIMARY KEY (`host_id`,`datafield_id`),
  KEY `icinga_host_field_datafield` (`datafield_id`),
  CONSTRAINT `icinga_host_field_datafield` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_field_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_inheritance`
--

DROP TABLE IF EXISTS `icinga_host_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_inheritance` (
  `host_id` int(10) unsigned NOT NULL,
  `parent_host_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`host_id`,`parent_host_id`),
  UNIQUE KEY `unique_order` (`host_id`,`weight`),
  KEY `icinga_host_inheritance_parent_host` (`parent_host_id`),
  CONSTRAINT `icinga_host_inheritance_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_inheritance_parent_host` FOREIGN KEY (`parent_host_id`) REFERENCES `icinga_host` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_resolved_var`
--

DROP TABLE IF EXISTS `icinga_host_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_resolved_var` (
  `host_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`host_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `host_resolved_var_checksum` (`checksum`),
  CONSTRAINT `host_resolved_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `host_resolved_var_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_service`
--

DROP TABLE IF EXISTS `icinga_host_service`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_service` (
  `host_id` int(10) unsigned NOT NULL,
  `service_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`host_id`,`service_id`),
  KEY `icinga_host_service_service` (`service_id`),
  CONSTRAINT `icinga_host_service_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_service_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_service_blacklist`
--

DROP TABLE IF EXISTS `icinga_host_service_blacklist`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_service_blacklist` (
  `host_id` int(10) unsigned NOT NULL,
  `service_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`host_id`,`service_id`),
  KEY `icinga_host_service_bl_service` (`service_id`),
  CONSTRAINT `icinga_host_service_bl_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_host_service_bl_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_template_choice`
--

DROP TABLE IF EXISTS `icinga_host_template_choice`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_template_choice` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `object_name` varchar(64) NOT NULL,
  `description` text DEFAULT NULL,
  `min_required` smallint(5) unsigned NOT NULL DEFAULT 0,
  `max_allowed` smallint(5) unsigned NOT NULL DEFAULT 1,
  `required_template_id` int(10) unsigned DEFAULT NULL,
  `allowed_roles` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `host_template_choice_required_template` (`required_template_id`),
  CONSTRAINT `host_template_choice_required_template` FOREIGN KEY (`required_template_id`) REFERENCES `icinga_host` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_var`
--

DROP TABLE IF EXISTS `icinga_host_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_var` (
  `host_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','json','expression') DEFAULT NULL,
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`host_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_host_var_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup`
--

DROP TABLE IF EXISTS `icinga_hostgroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `search_idx` (`display_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup_host`
--

DROP TABLE IF EXISTS `icinga_hostgroup_host`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup_host` (
  `hostgroup_id` int(10) unsigned NOT NULL,
  `host_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`hostgroup_id`,`host_id`),
  KEY `icinga_hostgroup_host_host` (`host_id`),
  CONSTRAINT `icinga_hostgroup_host_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_hostgroup_host_hostgroup` FOREIGN KEY (`hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup_host_resolved`
--

DROP TABLE IF EXISTS `icinga_hostgroup_host_resolved`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup_host_resolved` (
  `hostgroup_id` int(10) unsigned NOT NULL,
  `host_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`hostgroup_id`,`host_id`),
  KEY `icinga_hostgroup_host_resolved_host` (`host_id`),
  CONSTRAINT `icinga_hostgroup_host_resolved_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_hostgroup_host_resolved_hostgroup` FOREIGN KEY (`hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup_inheritance`
--

DROP TABLE IF EXISTS `icinga_hostgroup_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup_inheritance` (
  `hostgroup_id` int(10) unsigned NOT NULL,
  `parent_hostgroup_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`hostgroup_id`,`parent_hostgroup_id`),
  UNIQUE KEY `unique_order` (`hostgroup_id`,`weight`),
  KEY `icinga_hostgroup_inheritance_parent_hostgroup` (`parent_hostgroup_id`),
  CONSTRAINT `icinga_hostgroup_inheritance_hostgroup` FOREIGN KEY (`hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_hostgroup_inheritance_parent_hostgroup` FOREIGN KEY (`parent_hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup_parent`
--

DROP TABLE IF EXISTS `icinga_hostgroup_parent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup_parent` (
  `hostgroup_id` int(10) unsigned NOT NULL,
  `parent_hostgroup_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`hostgroup_id`,`parent_hostgroup_id`),
  KEY `icinga_hostgroup_parent_parent` (`parent_hostgroup_id`),
  CONSTRAINT `icinga_hostgroup_parent_hostgroup` FOREIGN KEY (`hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_hostgroup_parent_parent` FOREIGN KEY (`parent_hostgroup_id`) REFERENCES `icinga_hostgroup` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification`
--

DROP TABLE IF EXISTS `icinga_notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template','apply') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `apply_to` enum('host','service') DEFAULT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `service_id` int(10) unsigned DEFAULT NULL,
  `times_begin` int(10) unsigned DEFAULT NULL,
  `times_end` int(10) unsigned DEFAULT NULL,
  `notification_interval` int(10) unsigned DEFAULT NULL,
  `command_id` int(10) unsigned DEFAULT NULL,
  `period_id` int(10) unsigned DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `icinga_notification_host` (`host_id`),
  KEY `icinga_notification_service` (`service_id`),
  KEY `icinga_notification_command` (`command_id`),
  KEY `icinga_notification_period` (`period_id`),
  KEY `icinga_notification_zone` (`zone_id`),
  CONSTRAINT `icinga_notification_command` FOREIGN KEY (`command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_period` FOREIGN KEY (`period_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_field`
--

DROP TABLE IF EXISTS `icinga_notification_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_field` (
  `notification_id` int(10) unsigned NOT NULL COMMENT 'Makes only sense for templates',
  `datafield_id` int(10) unsigned NOT NULL,
  `is_required` enum('y','n') NOT NULL,
  `var_filter` text DEFAULT NULL,
  PRIMARY KEY (`notification_id`,`datafield_id`),
  KEY `icinga_notification_field_datafield` (`datafield_id`),
  CONSTRAINT `icinga_notification_field_datafield` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_field_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_inheritance`
--

DROP TABLE IF EXISTS `icinga_notification_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_inheritance` (
  `notification_id` int(10) unsigned NOT NULL,
  `parent_notification_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`notification_id`,`parent_notification_id`),
  UNIQUE KEY `unique_order` (`notification_id`,`weight`),
  KEY `icinga_notification_inheritance_parent_notification` (`parent_notification_id`),
  CONSTRAINT `icinga_notification_inheritance_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_inheritance_parent_notification` FOREIGN KEY (`parent_notification_id`) REFERENCES `icinga_notification` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_resolved_var`
--

DROP TABLE IF EXISTS `icinga_notification_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_resolved_var` (
  `notification_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`notification_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `notification_resolved_var_checksum` (`checksum`),
  CONSTRAINT `notification_resolved_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `notification_resolved_var_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_states_set`
--

DROP TABLE IF EXISTS `icinga_notification_states_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_states_set` (
  `notification_id` int(10) unsigned NOT NULL,
  `property` enum('OK','Warning','Critical','Unknown','Up','Down') NOT NULL,
  `merge_behaviour` enum('override','extend','blacklist') NOT NULL DEFAULT 'override' COMMENT 'override: = [], extend: += [], blacklist: -= []',
  PRIMARY KEY (`notification_id`,`property`,`merge_behaviour`),
  CONSTRAINT `icinga_notification_states_set_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_types_set`
--

DROP TABLE IF EXISTS `icinga_notification_types_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_types_set` (
  `notification_id` int(10) unsigned NOT NULL,
  `property` enum('DowntimeStart','DowntimeEnd','DowntimeRemoved','Custom','Acknowledgement','Problem','Recovery','FlappingStart','FlappingEnd') NOT NULL,
  `merge_behaviour` enum('override','extend','blacklist') NOT NULL DEFAULT 'override' COMMENT 'override: = [], extend: += [], blacklist: -= []',
  PRIMARY KEY (`notification_id`,`property`,`merge_behaviour`),
  CONSTRAINT `icinga_notification_types_set_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_user`
--

DROP TABLE IF EXISTS `icinga_notification_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_user` (
  `notification_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`notification_id`,`user_id`),
  KEY `icinga_notification_user_user` (`user_id`),
  CONSTRAINT `icinga_notification_user_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_user_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_usergroup`
--

DROP TABLE IF EXISTS `icinga_notification_usergroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_usergroup` (
  `notification_id` int(10) unsigned NOT NULL,
  `usergroup_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`notification_id`,`usergroup_id`),
  KEY `icinga_notification_usergroup_usergroup` (`usergroup_id`),
  CONSTRAINT `icinga_notification_usergroup_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_notification_usergroup_usergroup` FOREIGN KEY (`usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notification_var`
--

DROP TABLE IF EXISTS `icinga_notification_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notification_var` (
  `notification_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','json','expression') DEFAULT NULL,
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`notification_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_notification_var_notification` FOREIGN KEY (`notification_id`) REFERENCES `icinga_notification` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_scheduled_downtime`
--

DROP TABLE IF EXISTS `icinga_scheduled_downtime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_scheduled_downtime` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `object_type` enum('object','template','apply') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `apply_to` enum('host','service') DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `author` varchar(255) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `fixed` enum('y','n') DEFAULT NULL,
  `duration` int(10) unsigned DEFAULT NULL,
  `with_services` enum('y','n') DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `icinga_scheduled_downtime_zone` (`zone_id`),
  CONSTRAINT `icinga_scheduled_downtime_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_scheduled_downtime_inheritance`
--

DROP TABLE IF EXISTS `icinga_scheduled_downtime_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_scheduled_downtime_inheritance` (
  `scheduled_downtime_id` int(10) unsigned NOT NULL,
  `parent_scheduled_downtime_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`scheduled_downtime_id`,`parent_scheduled_downtime_id`),
  UNIQUE KEY `unique_order` (`scheduled_downtime_id`,`weight`),
  KEY `icinga_scheduled_downtime_inheritance_parent_downtime` (`parent_scheduled_downtime_id`),
  CONSTRAINT `icinga_scheduled_downtime_inheritance_downtime` FOREIGN KEY (`scheduled_downtime_id`) REFERENCES `icinga_scheduled_downtime` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_scheduled_downtime_inheritance_parent_downtime` FOREIGN KEY (`parent_scheduled_downtime_id`) REFERENCES `icinga_scheduled_downtime` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_scheduled_downtime_range`
--

DROP TABLE IF EXISTS `icinga_scheduled_downtime_range`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_scheduled_downtime_range` (
  `scheduled_downtime_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `range_key` varchar(255) NOT NULL COMMENT 'monday, ...',
  `range_value` varchar(255) NOT NULL COMMENT '00:00-24:00, ...',
  `range_type` enum('include','exclude') NOT NULL DEFAULT 'include' COMMENT 'include -> ranges {}, exclude ranges_ignore {} - not yet',
  `merge_behaviour` enum('set','add','substract') NOT NULL DEFAULT 'set' COMMENT 'set -> = {}, add -> += {}, substract -> -= {}',
  PRIMARY KEY (`scheduled_downtime_id`,`range_type`,`range_key`),
  CONSTRAINT `icinga_scheduled_downtime_range_downtime` FOREIGN KEY (`scheduled_downtime_id`) REFERENCES `icinga_scheduled_downtime` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service`
--

DROP TABLE IF EXISTS `icinga_service`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','apply') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `service_set_id` int(10) unsigned DEFAULT NULL,
  `check_command_id` int(10) unsigned DEFAULT NULL,
  `max_check_attempts` mediumint(8) unsigned DEFAULT NULL,
  `check_period_id` int(10) unsigned DEFAULT NULL,
  `check_interval` varchar(8) DEFAULT NULL,
  `retry_interval` varchar(8) DEFAULT NULL,
  `check_timeout` smallint(5) unsigned DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `enable_active_checks` enum('y','n') DEFAULT NULL,
  `enable_passive_checks` enum('y','n') DEFAULT NULL,
  `enable_event_handler` enum('y','n') DEFAULT NULL,
  `enable_flapping` enum('y','n') DEFAULT NULL,
  `enable_perfdata` enum('y','n') DEFAULT NULL,
  `event_command_id` int(10) unsigned DEFAULT NULL,
  `flapping_threshold_high` smallint(5) unsigned DEFAULT NULL,
  `flapping_threshold_low` smallint(5) unsigned DEFAULT NULL,
  `volatile` enum('y','n') DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  `command_endpoint_id` int(10) unsigned DEFAULT NULL,
  `notes` text DEFAULT NULL,
  `notes_url` varchar(255) DEFAULT NULL,
  `action_url` varchar(255) DEFAULT NULL,
  `icon_image` varchar(255) DEFAULT NULL,
  `icon_image_alt` varchar(255) DEFAULT NULL,
  `use_agent` enum('y','n') DEFAULT NULL,
  `apply_for` varchar(255) DEFAULT NULL,
  `use_var_overrides` enum('y','n') DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  `template_choice_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_key` (`object_name`,`host_id`),
  KEY `icinga_service_host` (`host_id`),
  KEY `icinga_service_zone` (`zone_id`),
  KEY `icinga_service_check_period` (`check_period_id`),
  KEY `icinga_service_check_command` (`check_command_id`),
  KEY `icinga_service_event_command` (`event_command_id`),
  KEY `icinga_service_command_endpoint` (`command_endpoint_id`),
  KEY `icinga_service_service_set` (`service_set_id`),
  KEY `icinga_service_template_choice` (`template_choice_id`),
  CONSTRAINT `icinga_service_check_command` FOREIGN KEY (`check_command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_check_period` FOREIGN KEY (`check_period_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_command_endpoint` FOREIGN KEY (`command_endpoint_id`) REFERENCES `icinga_endpoint` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_event_command` FOREIGN KEY (`event_command_id`) REFERENCES `icinga_command` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_service_set` FOREIGN KEY (`service_set_id`) REFERENCES `icinga_service_set` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_template_choice` FOREIGN KEY (`template_choice_id`) REFERENCES `icinga_service_template_choice` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_field`
--

DROP TABLE IF EXISTS `icinga_service_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_field` (
  `service_id` int(10) unsigned NOT NULL COMMENT 'Makes only sense for templates',
  `datafield_id` int(10) unsigned NOT NULL,
  `is_required` enum('y','n') NOT NULL,
  `var_filter` text DEFAULT NULL,
  PRIMARY KEY (`service_id`,`datafield_id`),
  KEY `icinga_service_field_datafield` (`datafield_id`),
  CONSTRAINT `icinga_service_field_datafield` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_field_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_inheritance`
--

DROP TABLE IF EXISTS `icinga_service_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_inheritance` (
  `service_id` int(10) unsigned NOT NULL,
  `parent_service_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`service_id`,`parent_service_id`),
  UNIQUE KEY `unique_order` (`service_id`,`weight`),
  KEY `icinga_service_inheritance_parent_service` (`parent_service_id`),
  CONSTRAINT `icinga_service_inheritance_parent_service` FOREIGN KEY (`parent_service_id`) REFERENCES `icinga_service` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_inheritance_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_resolved_var`
--

DROP TABLE IF EXISTS `icinga_service_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_resolved_var` (
  `service_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`service_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `service_resolve_var_checksum` (`checksum`),
  CONSTRAINT `service_resolve_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `service_resolve_var_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_set`
--

DROP TABLE IF EXISTS `icinga_service_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_set` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(128) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `description` text DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_key` (`object_name`,`host_id`),
  KEY `icinga_service_set_host` (`host_id`),
  CONSTRAINT `icinga_service_set_host` FOREIGN KEY (`host_id`) REFERENCES `icinga_host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_set_inheritance`
--

DROP TABLE IF EXISTS `icinga_service_set_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_set_inheritance` (
  `service_set_id` int(10) unsigned NOT NULL,
  `parent_service_set_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`service_set_id`,`parent_service_set_id`),
  UNIQUE KEY `unique_order` (`service_set_id`,`weight`),
  KEY `icinga_service_set_inheritance_parent` (`parent_service_set_id`),
  CONSTRAINT `icinga_service_set_inheritance_parent` FOREIGN KEY (`parent_service_set_id`) REFERENCES `icinga_service_set` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_service_set_inheritance_set` FOREIGN KEY (`service_set_id`) REFERENCES `icinga_service_set` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_set_resolved_var`
--

DROP TABLE IF EXISTS `icinga_service_set_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_set_resolved_var` (
  `service_set_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`service_set_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `service_set_resolved_var_checksum` (`checksum`),
  CONSTRAINT `service_set_resolved_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `service_set_resolved_var_service_set` FOREIGN KEY (`service_set_id`) REFERENCES `icinga_service_set` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_set_var`
--

DROP TABLE IF EXISTS `icinga_service_set_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_set_var` (
  `service_set_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','expression','json') NOT NULL DEFAULT 'string',
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`service_set_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_service_set_var_service` FOREIGN KEY (`service_set_id`) REFERENCES `icinga_service_set` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_template_choice`
--

DROP TABLE IF EXISTS `icinga_service_template_choice`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_template_choice` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `object_name` varchar(64) NOT NULL,
  `description` text DEFAULT NULL,
  `min_required` smallint(5) unsigned NOT NULL DEFAULT 0,
  `max_allowed` smallint(5) unsigned NOT NULL DEFAULT 1,
  `required_template_id` int(10) unsigned DEFAULT NULL,
  `allowed_roles` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `service_template_choice_required_template` (`required_template_id`),
  CONSTRAINT `service_template_choice_required_template` FOREIGN KEY (`required_template_id`) REFERENCES `icinga_service` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_var`
--

DROP TABLE IF EXISTS `icinga_service_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_var` (
  `service_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','json','expression') DEFAULT NULL,
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`service_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_service_var_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroup`
--

DROP TABLE IF EXISTS `icinga_servicegroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroup` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `assign_filter` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `search_idx` (`display_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroup_inheritance`
--

DROP TABLE IF EXISTS `icinga_servicegroup_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroup_inheritance` (
  `servicegroup_id` int(10) unsigned NOT NULL,
  `parent_servicegroup_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`servicegroup_id`,`parent_servicegroup_id`),
  UNIQUE KEY `unique_order` (`servicegroup_id`,`weight`),
  KEY `icinga_servicegroup_inheritance_parent_servicegroup` (`parent_servicegroup_id`),
  CONSTRAINT `icinga_servicegroup_inheritance_parent_servicegroup` FOREIGN KEY (`parent_servicegroup_id`) REFERENCES `icinga_servicegroup` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_servicegroup_inheritance_servicegroup` FOREIGN KEY (`servicegroup_id`) REFERENCES `icinga_servicegroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroup_service`
--

DROP TABLE IF EXISTS `icinga_servicegroup_service`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroup_service` (
  `servicegroup_id` int(10) unsigned NOT NULL,
  `service_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`servicegroup_id`,`service_id`),
  KEY `icinga_servicegroup_service_service` (`service_id`),
  CONSTRAINT `icinga_servicegroup_service_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_servicegroup_service_servicegroup` FOREIGN KEY (`servicegroup_id`) REFERENCES `icinga_servicegroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroup_service_resolved`
--

DROP TABLE IF EXISTS `icinga_servicegroup_service_resolved`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroup_service_resolved` (
  `servicegroup_id` int(10) unsigned NOT NULL,
  `service_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`servicegroup_id`,`service_id`),
  KEY `icinga_servicegroup_service_resolved_service` (`service_id`),
  CONSTRAINT `icinga_servicegroup_service_resolved_service` FOREIGN KEY (`service_id`) REFERENCES `icinga_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_servicegroup_service_resolved_servicegroup` FOREIGN KEY (`servicegroup_id`) REFERENCES `icinga_servicegroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod`
--

DROP TABLE IF EXISTS `icinga_timeperiod`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `update_method` varchar(64) DEFAULT NULL COMMENT 'Usually LegacyTimePeriod',
  `zone_id` int(10) unsigned DEFAULT NULL,
  `object_type` enum('object','template') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `prefer_includes` enum('y','n') DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`,`zone_id`),
  KEY `icinga_timeperiod_zone` (`zone_id`),
  CONSTRAINT `icinga_timeperiod_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod_exclude`
--

DROP TABLE IF EXISTS `icinga_timeperiod_exclude`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod_exclude` (
  `timeperiod_id` int(10) unsigned NOT NULL,
  `exclude_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`timeperiod_id`,`exclude_id`),
  KEY `icinga_timeperiod_exclude` (`exclude_id`),
  CONSTRAINT `icinga_timeperiod_exclude` FOREIGN KEY (`exclude_id`) REFERENCES `icinga_timeperiod` (`id`),
  CONSTRAINT `icinga_timeperiod_exclude_timeperiod` FOREIGN KEY (`timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod_include`
--

DROP TABLE IF EXISTS `icinga_timeperiod_include`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod_include` (
  `timeperiod_id` int(10) unsigned NOT NULL,
  `include_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`timeperiod_id`,`include_id`),
  KEY `icinga_timeperiod_include` (`include_id`),
  CONSTRAINT `icinga_timeperiod_include` FOREIGN KEY (`include_id`) REFERENCES `icinga_timeperiod` (`id`),
  CONSTRAINT `icinga_timeperiod_include_timeperiod` FOREIGN KEY (`timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod_inheritance`
--

DROP TABLE IF EXISTS `icinga_timeperiod_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod_inheritance` (
  `timeperiod_id` int(10) unsigned NOT NULL,
  `parent_timeperiod_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`timeperiod_id`,`parent_timeperiod_id`),
  UNIQUE KEY `unique_order` (`timeperiod_id`,`weight`),
  KEY `icinga_timeperiod_inheritance_parent_timeperiod` (`parent_timeperiod_id`),
  CONSTRAINT `icinga_timeperiod_inheritance_parent_timeperiod` FOREIGN KEY (`parent_timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_timeperiod_inheritance_timeperiod` FOREIGN KEY (`timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod_range`
--

DROP TABLE IF EXISTS `icinga_timeperiod_range`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod_range` (
  `timeperiod_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `range_key` varchar(255) NOT NULL COMMENT 'monday, ...',
  `range_value` varchar(255) NOT NULL COMMENT '00:00-24:00, ...',
  `range_type` enum('include','exclude') NOT NULL DEFAULT 'include' COMMENT 'include -> ranges {}, exclude ranges_ignore {} - not yet',
  `merge_behaviour` enum('set','add','substract') NOT NULL DEFAULT 'set' COMMENT 'set -> = {}, add -> += {}, substract -> -= {}',
  PRIMARY KEY (`timeperiod_id`,`range_type`,`range_key`),
  CONSTRAINT `icinga_timeperiod_range_timeperiod` FOREIGN KEY (`timeperiod_id`) REFERENCES `icinga_timeperiod` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user`
--

DROP TABLE IF EXISTS `icinga_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) DEFAULT NULL,
  `object_type` enum('object','template') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `pager` varchar(255) DEFAULT NULL,
  `enable_notifications` enum('y','n') DEFAULT NULL,
  `period_id` int(10) unsigned DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`,`zone_id`),
  KEY `icinga_user_zone` (`zone_id`),
  KEY `icinga_user_period` (`period_id`),
  CONSTRAINT `icinga_user_period` FOREIGN KEY (`period_id`) REFERENCES `icinga_timeperiod` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_user_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_field`
--

DROP TABLE IF EXISTS `icinga_user_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_field` (
  `user_id` int(10) unsigned NOT NULL COMMENT 'Makes only sense for templates',
  `datafield_id` int(10) unsigned NOT NULL,
  `is_required` enum('y','n') NOT NULL,
  `var_filter` text DEFAULT NULL,
  PRIMARY KEY (`user_id`,`datafield_id`),
  KEY `icinga_user_field_datafield` (`datafield_id`),
  CONSTRAINT `icinga_user_field_datafield` FOREIGN KEY (`datafield_id`) REFERENCES `director_datafield` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_user_field_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_inheritance`
--

DROP TABLE IF EXISTS `icinga_user_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_inheritance` (
  `user_id` int(10) unsigned NOT NULL,
  `parent_user_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`user_id`,`parent_user_id`),
  UNIQUE KEY `unique_order` (`user_id`,`weight`),
  KEY `icinga_user_inheritance_parent_user` (`parent_user_id`),
  CONSTRAINT `icinga_user_inheritance_parent_user` FOREIGN KEY (`parent_user_id`) REFERENCES `icinga_user` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_user_inheritance_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_resolved_var`
--

DROP TABLE IF EXISTS `icinga_user_resolved_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_resolved_var` (
  `user_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`user_id`,`checksum`),
  KEY `search_varname` (`varname`),
  KEY `user_resolve_var_checksum` (`checksum`),
  CONSTRAINT `user_resolve_var_checksum` FOREIGN KEY (`checksum`) REFERENCES `icinga_var` (`checksum`),
  CONSTRAINT `user_resolve_var_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_states_set`
--

DROP TABLE IF EXISTS `icinga_user_states_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_states_set` (
  `user_id` int(10) unsigned NOT NULL,
  `property` enum('OK','Warning','Critical','Unknown','Up','Down') NOT NULL,
  `merge_behaviour` enum('override','extend','blacklist') NOT NULL DEFAULT 'override' COMMENT 'override: = [], extend: += [], blacklist: -= []',
  PRIMARY KEY (`user_id`,`property`,`merge_behaviour`),
  CONSTRAINT `icinga_user_states_set_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_types_set`
--

DROP TABLE IF EXISTS `icinga_user_types_set`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_types_set` (
  `user_id` int(10) unsigned NOT NULL,
  `property` enum('DowntimeStart','DowntimeEnd','DowntimeRemoved','Custom','Acknowledgement','Problem','Recovery','FlappingStart','FlappingEnd') NOT NULL,
  `merge_behaviour` enum('override','extend','blacklist') NOT NULL DEFAULT 'override' COMMENT 'override: = [], extend: += [], blacklist: -= []',
  PRIMARY KEY (`user_id`,`property`,`merge_behaviour`),
  CONSTRAINT `icinga_user_types_set_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_user_var`
--

DROP TABLE IF EXISTS `icinga_user_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_user_var` (
  `user_id` int(10) unsigned NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text DEFAULT NULL,
  `format` enum('string','json','expression') NOT NULL DEFAULT 'string',
  `checksum` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`user_id`,`varname`),
  KEY `search_idx` (`varname`),
  KEY `checksum` (`checksum`),
  CONSTRAINT `icinga_user_var_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_usergroup`
--

DROP TABLE IF EXISTS `icinga_usergroup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_usergroup` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `display_name` varchar(255) DEFAULT NULL,
  `zone_id` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `search_idx` (`display_name`),
  KEY `icinga_usergroup_zone` (`zone_id`),
  CONSTRAINT `icinga_usergroup_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_usergroup_inheritance`
--

DROP TABLE IF EXISTS `icinga_usergroup_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_usergroup_inheritance` (
  `usergroup_id` int(10) unsigned NOT NULL,
  `parent_usergroup_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`usergroup_id`,`parent_usergroup_id`),
  UNIQUE KEY `unique_order` (`usergroup_id`,`weight`),
  KEY `icinga_usergroup_inheritance_parent_usergroup` (`parent_usergroup_id`),
  CONSTRAINT `icinga_usergroup_inheritance_parent_usergroup` FOREIGN KEY (`parent_usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_usergroup_inheritance_usergroup` FOREIGN KEY (`usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_usergroup_parent`
--

DROP TABLE IF EXISTS `icinga_usergroup_parent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_usergroup_parent` (
  `usergroup_id` int(10) unsigned NOT NULL,
  `parent_usergroup_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`usergroup_id`,`parent_usergroup_id`),
  KEY `icinga_usergroup_parent_parent` (`parent_usergroup_id`),
  CONSTRAINT `icinga_usergroup_parent_parent` FOREIGN KEY (`parent_usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_usergroup_parent_usergroup` FOREIGN KEY (`usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_usergroup_user`
--

DROP TABLE IF EXISTS `icinga_usergroup_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_usergroup_user` (
  `usergroup_id` int(10) unsigned NOT NULL,
  `user_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`usergroup_id`,`user_id`),
  KEY `icinga_usergroup_user_user` (`user_id`),
  CONSTRAINT `icinga_usergroup_user_user` FOREIGN KEY (`user_id`) REFERENCES `icinga_user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `icinga_usergroup_user_usergroup` FOREIGN KEY (`usergroup_id`) REFERENCES `icinga_usergroup` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_var`
--

DROP TABLE IF EXISTS `icinga_var`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_var` (
  `checksum` varbinary(20) NOT NULL,
  `rendered_checksum` varbinary(20) NOT NULL,
  `varname` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin NOT NULL,
  `varvalue` text NOT NULL,
  `rendered` text NOT NULL,
  PRIMARY KEY (`checksum`),
  KEY `search_idx` (`varname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_zone`
--

DROP TABLE IF EXISTS `icinga_zone`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_zone` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varbinary(16) NOT NULL,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `object_name` varchar(255) NOT NULL,
  `object_type` enum('object','template','external_object') NOT NULL,
  `disabled` enum('y','n') NOT NULL DEFAULT 'n',
  `is_global` enum('y','n') NOT NULL DEFAULT 'n',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `object_name` (`object_name`),
  KEY `icinga_zone_parent` (`parent_id`),
  CONSTRAINT `icinga_zone_parent` FOREIGN KEY (`parent_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_zone_inheritance`
--

DROP TABLE IF EXISTS `icinga_zone_inheritance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_zone_inheritance` (
  `zone_id` int(10) unsigned NOT NULL,
  `parent_zone_id` int(10) unsigned NOT NULL,
  `weight` mediumint(8) unsigned DEFAULT NULL,
  PRIMARY KEY (`zone_id`,`parent_zone_id`),
  UNIQUE KEY `unique_order` (`zone_id`,`weight`),
  KEY `icinga_zone_inheritance_parent_zone` (`parent_zone_id`),
  CONSTRAINT `icinga_zone_inheritance_parent_zone` FOREIGN KEY (`parent_zone_id`) REFERENCES `icinga_zone` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `icinga_zone_inheritance_zone` FOREIGN KEY (`zone_id`) REFERENCES `icinga_zone` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `import_row_modifier`
--

DROP TABLE IF EXISTS `import_row_modifier`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_row_modifier` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `source_id` int(10) unsigned NOT NULL,
  `property_name` varchar(255) NOT NULL,
  `target_property` varchar(255) DEFAULT NULL,
  `provider_class` varchar(128) NOT NULL,
  `priority` smallint(5) unsigned NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `search_idx` (`property_name`),
  KEY `row_modifier_import_source` (`source_id`),
  CONSTRAINT `row_modifier_import_source` FOREIGN KEY (`source_id`) REFERENCES `import_source` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `import_row_modifier_setting`
--

DROP TABLE IF EXISTS `import_row_modifier_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_row_modifier_setting` (
  `row_modifier_id` int(10) unsigned NOT NULL,
  `setting_name` varchar(64) NOT NULL,
  `setting_value` text DEFAULT NULL,
  PRIMARY KEY (`row_modifier_id`,`setting_name`),
  CONSTRAINT `row_modifier_settings` FOREIGN KEY (`row_modifier_id`) REFERENCES `import_row_modifier` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `import_run`
--

DROP TABLE IF EXISTS `import_run`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_run` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `source_id` int(10) unsigned NOT NULL,
  `rowset_checksum` varbinary(20) DEFAULT NULL,
  `start_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `end_time` timestamp NULL DEFAULT NULL,
  `succeeded` enum('y','n') DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `import_run_source` (`source_id`),
  KEY `import_run_rowset` (`rowset_checksum`),
  CONSTRAINT `import_run_rowset` FOREIGN KEY (`rowset_checksum`) REFERENCES `imported_rowset` (`checksum`) ON UPDATE CASCADE,
  CONSTRAINT `import_run_source` FOREIGN KEY (`source_id`) REFERENCES `import_source` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `import_source`
--

DROP TABLE IF EXISTS `import_source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_source` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `source_name` varchar(64) NOT NULL,
  `key_column` varchar(64) NOT NULL,
  `provider_class` varchar(128) NOT NULL,
  `import_state` enum('unknown','in-sync','pending-changes','failing') NOT NULL DEFAULT 'unknown',
  `last_error_message` text DEFAULT NULL,
  `last_attempt` timestamp NULL DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `source_name` (`source_name`),
  KEY `search_idx` (`key_column`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `import_source_setting`
--

DROP TABLE IF EXISTS `import_source_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `import_source_setting` (
  `source_id` int(10) unsigned NOT NULL,
  `setting_name` varchar(64) NOT NULL,
  `setting_value` text NOT NULL,
  PRIMARY KEY (`source_id`,`setting_name`),
  CONSTRAINT `import_source_settings_source` FOREIGN KEY (`source_id`) REFERENCES `import_source` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `imported_property`
--

DROP TABLE IF EXISTS `imported_property`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `imported_property` (
  `checksum` varbinary(20) NOT NULL,
  `property_name` varchar(64) NOT NULL,
  `property_value` mediumtext NOT NULL,
  `format` enum('string','expression','json') DEFAULT NULL,
  PRIMARY KEY (`checksum`),
  KEY `search_idx` (`property_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `imported_row`
--

DROP TABLE IF EXISTS `imported_row`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `imported_row` (
  `checksum` varbinary(20) NOT NULL COMMENT 'sha1(object_name;property_checksum;...)',
  `object_name` varchar(255) NOT NULL,
  PRIMARY KEY (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `imported_row_property`
--

DROP TABLE IF EXISTS `imported_row_property`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `imported_row_property` (
  `row_checksum` varbinary(20) NOT NULL,
  `property_checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`row_checksum`,`property_checksum`),
  KEY `imported_row_property_property` (`property_checksum`),
  CONSTRAINT `imported_row_property_property` FOREIGN KEY (`property_checksum`) REFERENCES `imported_property` (`checksum`) ON UPDATE CASCADE,
  CONSTRAINT `imported_row_property_row` FOREIGN KEY (`row_checksum`) REFERENCES `imported_row` (`checksum`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `imported_rowset`
--

DROP TABLE IF EXISTS `imported_rowset`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `imported_rowset` (
  `checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`checksum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `imported_rowset_row`
--

DROP TABLE IF EXISTS `imported_rowset_row`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `imported_rowset_row` (
  `rowset_checksum` varbinary(20) NOT NULL,
  `row_checksum` varbinary(20) NOT NULL,
  PRIMARY KEY (`rowset_checksum`,`row_checksum`),
  KEY `imported_rowset_row_row` (`row_checksum`),
  CONSTRAINT `imported_rowset_row_row` FOREIGN KEY (`row_checksum`) REFERENCES `imported_row` (`checksum`) ON UPDATE CASCADE,
  CONSTRAINT `imported_rowset_row_rowset` FOREIGN KEY (`rowset_checksum`) REFERENCES `imported_rowset` (`checksum`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sync_property`
--

DROP TABLE IF EXISTS `sync_property`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sync_property` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `rule_id` int(10) unsigned NOT NULL,
  `source_id` int(10) unsigned NOT NULL,
  `source_expression` varchar(255) NOT NULL,
  `destination_field` varchar(64) DEFAULT NULL,
  `priority` smallint(5) unsigned NOT NULL,
  `filter_expression` text DEFAULT NULL,
  `merge_policy` enum('override','merge') NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sync_property_rule` (`rule_id`),
  KEY `sync_property_source` (`source_id`),
  CONSTRAINT `sync_property_rule` FOREIGN KEY (`rule_id`) REFERENCES `sync_rule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sync_property_source` FOREIGN KEY (`source_id`) REFERENCES `import_source` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sync_rule`
--

DROP TABLE IF EXISTS `sync_rule`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sync_rule` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `rule_name` varchar(255) NOT NULL,
  `object_type` enum('host','service','command','user','hostgroup','servicegroup','usergroup','datalistEntry','endpoint','zone','timePeriod','serviceSet','scheduledDowntime','notification','dependency') NOT NULL,
  `update_policy` enum('merge','override','ignore','update-only') NOT NULL,
  `purge_existing` enum('y','n') NOT NULL DEFAULT 'n',
  `purge_action` enum('delete','disable') DEFAULT NULL,
  `filter_expression` text DEFAULT NULL,
  `sync_state` enum('unknown','in-sync','pending-changes','failing') NOT NULL DEFAULT 'unknown',
  `last_error_message` text DEFAULT NULL,
  `last_attempt` timestamp NULL DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_name` (`rule_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sync_run`
--

DROP TABLE IF EXISTS `sync_run`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sync_run` (
  `id` bigint(10) unsigned NOT NULL AUTO_INCREMENT,
  `rule_id` int(10) unsigned DEFAULT NULL,
  `rule_name` varchar(255) NOT NULL,
  `start_time` timestamp NOT NULL DEFAULT current_timestamp(),
  `duration_ms` int(10) unsigned DEFAULT NULL,
  `objects_deleted` int(10) unsigned DEFAULT 0,
  `objects_created` int(10) unsigned DEFAULT 0,
  `objects_modified` int(10) unsigned DEFAULT 0,
  `last_former_activity` varbinary(20) DEFAULT NULL,
  `last_related_activity` varbinary(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sync_run_rule` (`rule_id`),
  CONSTRAINT `sync_run_rule` FOREIGN KEY (`rule_id`) REFERENCES `sync_rule` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'director'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  8:26:46
