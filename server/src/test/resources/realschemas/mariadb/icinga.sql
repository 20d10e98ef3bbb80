/*M!999999\- enable the sandbox mode */ 
-- Schema of Icinga 2's IDO MySQL database (github.com/Icinga/icinga2), Licensed under the GNU General Public License version 2 or later (the file's own SPDX header; the repository's LICENSE.md); see ../README.md for the source file and commit.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: icinga
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
-- Table structure for table `icinga_acknowledgements`
--

DROP TABLE IF EXISTS `icinga_acknowledgements`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_acknowledgements` (
  `acknowledgement_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `entry_time_usec` int(11) DEFAULT 0,
  `acknowledgement_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `author_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `comment_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_sticky` smallint(6) DEFAULT 0,
  `persistent_comment` smallint(6) DEFAULT 0,
  `notify_contacts` smallint(6) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`acknowledgement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current and historical host and service acknowledgements';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_commands`
--

DROP TABLE IF EXISTS `icinga_commands`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_commands` (
  `command_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `command_line` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`command_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`object_id`,`config_type`),
  KEY `command_object_idx` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Command definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_commenthistory`
--

DROP TABLE IF EXISTS `icinga_commenthistory`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_commenthistory` (
  `commenthistory_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `entry_time_usec` int(11) DEFAULT 0,
  `comment_type` smallint(6) DEFAULT 0,
  `entry_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `comment_time` timestamp NULL DEFAULT NULL,
  `internal_comment_id` bigint(20) unsigned DEFAULT 0,
  `author_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `comment_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_persistent` smallint(6) DEFAULT 0,
  `comment_source` smallint(6) DEFAULT 0,
  `expires` smallint(6) DEFAULT 0,
  `expiration_time` timestamp NULL DEFAULT NULL,
  `deletion_time` timestamp NULL DEFAULT NULL,
  `deletion_time_usec` int(11) DEFAULT 0,
  `name` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`commenthistory_id`),
  KEY `commenthistory_delete_idx` (`instance_id`,`comment_time`,`internal_comment_id`),
  KEY `idx_commenthistory_remove` (`object_id`,`entry_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical host and service comments';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_comments`
--

DROP TABLE IF EXISTS `icinga_comments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_comments` (
  `comment_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `entry_time_usec` int(11) DEFAULT 0,
  `comment_type` smallint(6) DEFAULT 0,
  `entry_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `comment_time` timestamp NULL DEFAULT NULL,
  `internal_comment_id` bigint(20) unsigned DEFAULT 0,
  `author_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `comment_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_persistent` smallint(6) DEFAULT 0,
  `comment_source` smallint(6) DEFAULT 0,
  `expires` smallint(6) DEFAULT 0,
  `expiration_time` timestamp NULL DEFAULT NULL,
  `name` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `session_token` int(11) DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`comment_id`),
  KEY `idx_comments_session_del` (`instance_id`,`session_token`),
  KEY `idx_comments_remove` (`object_id`,`entry_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Usercomments on Icinga objects';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_configfiles`
--

DROP TABLE IF EXISTS `icinga_configfiles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_configfiles` (
  `configfile_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `configfile_type` smallint(6) DEFAULT 0,
  `configfile_path` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  PRIMARY KEY (`configfile_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`configfile_type`,`configfile_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Configuration files';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_configfilevariables`
--

DROP TABLE IF EXISTS `icinga_configfilevariables`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_configfilevariables` (
  `configfilevariable_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `configfile_id` bigint(20) unsigned DEFAULT 0,
  `varname` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `varvalue` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  PRIMARY KEY (`configfilevariable_id`),
  KEY `configfilevariables_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Configuration file variables';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_conninfo`
--

DROP TABLE IF EXISTS `icinga_conninfo`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_conninfo` (
  `conninfo_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `agent_name` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `agent_version` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `disposition` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `connect_source` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `connect_type` varchar(32) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `connect_time` timestamp NULL DEFAULT NULL,
  `disconnect_time` timestamp NULL DEFAULT NULL,
  `last_checkin_time` timestamp NULL DEFAULT NULL,
  `data_start_time` timestamp NULL DEFAULT NULL,
  `data_end_time` timestamp NULL DEFAULT NULL,
  `bytes_processed` bigint(20) unsigned DEFAULT 0,
  `lines_processed` bigint(20) unsigned DEFAULT 0,
  `entries_processed` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`conninfo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='IDO2DB daemon connection information';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contact_addresses`
--

DROP TABLE IF EXISTS `icinga_contact_addresses`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contact_addresses` (
  `contact_address_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `contact_id` bigint(20) unsigned DEFAULT 0,
  `address_number` smallint(6) DEFAULT 0,
  `address` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  PRIMARY KEY (`contact_address_id`),
  UNIQUE KEY `contact_id` (`contact_id`,`address_number`),
  KEY `contact_addresses_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contact addresses';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contact_notificationcommands`
--

DROP TABLE IF EXISTS `icinga_contact_notificationcommands`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contact_notificationcommands` (
  `contact_notificationcommand_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `contact_id` bigint(20) unsigned DEFAULT 0,
  `notification_type` smallint(6) DEFAULT 0,
  `command_object_id` bigint(20) unsigned DEFAULT 0,
  `command_args` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  PRIMARY KEY (`contact_notificationcommand_id`),
  UNIQUE KEY `contact_id` (`contact_id`,`notification_type`,`command_object_id`,`command_args`),
  KEY `contact_notifcommands_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contact host and service notification commands';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contactgroup_members`
--

DROP TABLE IF EXISTS `icinga_contactgroup_members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contactgroup_members` (
  `contactgroup_member_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `contactgroup_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`contactgroup_member_id`),
  KEY `contactgroup_members_i_id_idx` (`instance_id`),
  KEY `cntgrpmbrs_cgid_coid` (`contactgroup_id`,`contact_object_id`),
  KEY `idx_contactgroup_members_object_id` (`contact_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contactgroup members';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contactgroups`
--

DROP TABLE IF EXISTS `icinga_contactgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contactgroups` (
  `contactgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `contactgroup_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`contactgroup_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`contactgroup_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contactgroup definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contactnotificationmethods`
--

DROP TABLE IF EXISTS `icinga_contactnotificationmethods`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contactnotificationmethods` (
  `contactnotificationmethod_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `contactnotification_id` bigint(20) unsigned DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `command_object_id` bigint(20) unsigned DEFAULT 0,
  `command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  PRIMARY KEY (`contactnotificationmethod_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`contactnotification_id`,`start_time`,`start_time_usec`),
  KEY `contact_notif_meth_notif_idx` (`contactnotification_id`,`command_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical record of contact notification methods';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contactnotifications`
--

DROP TABLE IF EXISTS `icinga_contactnotifications`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contactnotifications` (
  `contactnotification_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `notification_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`contactnotification_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`contact_object_id`,`start_time`,`start_time_usec`),
  KEY `contact_notification_idx` (`notification_id`,`contact_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical record of contact notifications';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contacts`
--

DROP TABLE IF EXISTS `icinga_contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contacts` (
  `contact_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `email_address` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `pager_address` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `host_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `service_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `host_notifications_enabled` smallint(6) DEFAULT 0,
  `service_notifications_enabled` smallint(6) DEFAULT 0,
  `can_submit_commands` smallint(6) DEFAULT 0,
  `notify_service_recovery` smallint(6) DEFAULT 0,
  `notify_service_warning` smallint(6) DEFAULT 0,
  `notify_service_unknown` smallint(6) DEFAULT 0,
  `notify_service_critical` smallint(6) DEFAULT 0,
  `notify_service_flapping` smallint(6) DEFAULT 0,
  `notify_service_downtime` smallint(6) DEFAULT 0,
  `notify_host_recovery` smallint(6) DEFAULT 0,
  `notify_host_down` smallint(6) DEFAULT 0,
  `notify_host_unreachable` smallint(6) DEFAULT 0,
  `notify_host_flapping` smallint(6) DEFAULT 0,
  `notify_host_downtime` smallint(6) DEFAULT 0,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`contact_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`contact_object_id`),
  KEY `contacts_object_id_idx` (`contact_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contact definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_contactstatus`
--

DROP TABLE IF EXISTS `icinga_contactstatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_contactstatus` (
  `contactstatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `host_notifications_enabled` smallint(6) DEFAULT 0,
  `service_notifications_enabled` smallint(6) DEFAULT 0,
  `last_host_notification` timestamp NULL DEFAULT NULL,
  `last_service_notification` timestamp NULL DEFAULT NULL,
  `modified_attributes` int(11) DEFAULT 0,
  `modified_host_attributes` int(11) DEFAULT 0,
  `modified_service_attributes` int(11) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`contactstatus_id`),
  UNIQUE KEY `contact_object_id` (`contact_object_id`),
  KEY `contactstatus_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contact status';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_customvariables`
--

DROP TABLE IF EXISTS `icinga_customvariables`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_customvariables` (
  `customvariable_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `has_been_modified` smallint(6) DEFAULT 0,
  `varname` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT NULL,
  `varvalue` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_json` smallint(6) DEFAULT 0,
  PRIMARY KEY (`customvariable_id`),
  UNIQUE KEY `object_id_2` (`object_id`,`config_type`,`varname`),
  KEY `varname` (`varname`),
  KEY `customvariables_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Custom variables';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_customvariablestatus`
--

DROP TABLE IF EXISTS `icinga_customvariablestatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_customvariablestatus` (
  `customvariablestatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `has_been_modified` smallint(6) DEFAULT 0,
  `varname` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT NULL,
  `varvalue` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `is_json` smallint(6) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`customvariablestatus_id`),
  UNIQUE KEY `object_id_2` (`object_id`,`varname`),
  KEY `varname` (`varname`),
  KEY `customvariablestatus_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Custom variable status information';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_dbversion`
--

DROP TABLE IF EXISTS `icinga_dbversion`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_dbversion` (
  `dbversion_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `version` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `create_time` timestamp NULL DEFAULT NULL,
  `modify_time` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`dbversion_id`),
  UNIQUE KEY `dbversion` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_downtimehistory`
--

DROP TABLE IF EXISTS `icinga_downtimehistory`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_downtimehistory` (
  `downtimehistory_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `downtime_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `author_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `comment_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `internal_downtime_id` bigint(20) unsigned DEFAULT 0,
  `triggered_by_id` bigint(20) unsigned DEFAULT 0,
  `is_fixed` smallint(6) DEFAULT 0,
  `duration` bigint(20) DEFAULT 0,
  `scheduled_start_time` timestamp NULL DEFAULT NULL,
  `scheduled_end_time` timestamp NULL DEFAULT NULL,
  `was_started` smallint(6) DEFAULT 0,
  `actual_start_time` timestamp NULL DEFAULT NULL,
  `actual_start_time_usec` int(11) DEFAULT 0,
  `actual_end_time` timestamp NULL DEFAULT NULL,
  `actual_end_time_usec` int(11) DEFAULT 0,
  `was_cancelled` smallint(6) DEFAULT 0,
  `is_in_effect` smallint(6) DEFAULT 0,
  `trigger_time` timestamp NULL DEFAULT NULL,
  `name` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`downtimehistory_id`),
  KEY `sla_idx_dohist` (`object_id`,`actual_start_time`,`actual_end_time`),
  KEY `idx_downtimehistory_remove` (`object_id`,`entry_time`,`scheduled_start_time`,`scheduled_end_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical scheduled host and service downtime';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_endpoints`
--

DROP TABLE IF EXISTS `icinga_endpoints`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_endpoints` (
  `endpoint_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `endpoint_object_id` bigint(20) unsigned DEFAULT 0,
  `zone_object_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `identity` varchar(255) DEFAULT NULL,
  `node` varchar(255) DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`endpoint_id`),
  KEY `idx_endpoints_object_id` (`endpoint_object_id`),
  KEY `idx_endpoints_zone_object_id` (`zone_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Endpoint configuration';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_endpointstatus`
--

DROP TABLE IF EXISTS `icinga_endpointstatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_endpointstatus` (
  `endpointstatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `endpoint_object_id` bigint(20) unsigned DEFAULT 0,
  `zone_object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `identity` varchar(255) DEFAULT NULL,
  `node` varchar(255) DEFAULT NULL,
  `is_connected` smallint(6) DEFAULT NULL,
  PRIMARY KEY (`endpointstatus_id`),
  KEY `idx_endpointstatus_object_id` (`endpoint_object_id`),
  KEY `idx_endpointstatus_zone_object_id` (`zone_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Endpoint status';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_eventhandlers`
--

DROP TABLE IF EXISTS `icinga_eventhandlers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_eventhandlers` (
  `eventhandler_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `eventhandler_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `state_type` smallint(6) DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `command_object_id` bigint(20) unsigned DEFAULT 0,
  `command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `command_line` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `timeout` smallint(6) DEFAULT 0,
  `early_timeout` smallint(6) DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `return_code` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`eventhandler_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`object_id`,`start_time`,`start_time_usec`),
  KEY `eventhandlers_time_id_idx` (`start_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical host and service event handlers';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_externalcommands`
--

DROP TABLE IF EXISTS `icinga_externalcommands`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_externalcommands` (
  `externalcommand_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `command_type` smallint(6) DEFAULT 0,
  `command_name` varchar(128) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`externalcommand_id`),
  KEY `externalcommands_i_id_idx` (`instance_id`),
  KEY `externalcommands_time_id_idx` (`entry_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical record of processed external commands';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_flappinghistory`
--

DROP TABLE IF EXISTS `icinga_flappinghistory`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_flappinghistory` (
  `flappinghistory_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `event_time` timestamp NULL DEFAULT NULL,
  `event_time_usec` int(11) DEFAULT 0,
  `event_type` smallint(6) DEFAULT 0,
  `reason_type` smallint(6) DEFAULT 0,
  `flapping_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `percent_state_change` double DEFAULT 0,
  `low_threshold` double DEFAULT 0,
  `high_threshold` double DEFAULT 0,
  `comment_time` timestamp NULL DEFAULT NULL,
  `internal_comment_id` bigint(20) unsigned DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`flappinghistory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current and historical record of host and service flapping';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_contactgroups`
--

DROP TABLE IF EXISTS `icinga_host_contactgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_contactgroups` (
  `host_contactgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `host_id` bigint(20) unsigned DEFAULT 0,
  `contactgroup_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`host_contactgroup_id`),
  KEY `host_contactgroups_i_id_idx` (`instance_id`),
  KEY `hstcntgrps_hid_cgoid` (`host_id`,`contactgroup_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host contact groups';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_contacts`
--

DROP TABLE IF EXISTS `icinga_host_contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_contacts` (
  `host_contact_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `host_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`host_contact_id`),
  KEY `host_contacts_i_id_idx` (`instance_id`),
  KEY `idx_host_contacts_host_id` (`host_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host contacts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_host_parenthosts`
--

DROP TABLE IF EXISTS `icinga_host_parenthosts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_host_parenthosts` (
  `host_parenthost_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `host_id` bigint(20) unsigned DEFAULT 0,
  `parent_host_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`host_parenthost_id`),
  KEY `host_parenthosts_i_id_idx` (`instance_id`),
  KEY `hstprnthsts_hid_phoid` (`host_id`,`parent_host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Parent hosts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostchecks`
--

DROP TABLE IF EXISTS `icinga_hostchecks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostchecks` (
  `hostcheck_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `check_type` smallint(6) DEFAULT 0,
  `is_raw_check` smallint(6) DEFAULT 0,
  `current_check_attempt` smallint(6) DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `state_type` smallint(6) DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `command_object_id` bigint(20) unsigned DEFAULT 0,
  `command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `command_line` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `timeout` smallint(6) DEFAULT 0,
  `early_timeout` smallint(6) DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `latency` double DEFAULT 0,
  `return_code` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `perfdata` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`hostcheck_id`),
  KEY `hostchecks_i_id_idx` (`instance_id`),
  KEY `hostchecks_time_id_idx` (`start_time`),
  KEY `hostchks_h_obj_id_idx` (`host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical host checks';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostdependencies`
--

DROP TABLE IF EXISTS `icinga_hostdependencies`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostdependencies` (
  `hostdependency_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `dependent_host_object_id` bigint(20) unsigned DEFAULT 0,
  `dependency_type` smallint(6) DEFAULT 0,
  `inherits_parent` smallint(6) DEFAULT 0,
  `timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `fail_on_up` smallint(6) DEFAULT 0,
  `fail_on_down` smallint(6) DEFAULT 0,
  `fail_on_unreachable` smallint(6) DEFAULT 0,
  PRIMARY KEY (`hostdependency_id`),
  KEY `instance_id` (`instance_id`,`config_type`,`host_object_id`,`dependent_host_object_id`,`dependency_type`,`inherits_parent`,`fail_on_up`,`fail_on_down`,`fail_on_unreachable`),
  KEY `idx_hostdependencies_dependent_host_object_id` (`dependent_host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host dependency definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostescalation_contactgroups`
--

DROP TABLE IF EXISTS `icinga_hostescalation_contactgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostescalation_contactgroups` (
  `hostescalation_contactgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `hostescalation_id` bigint(20) unsigned DEFAULT 0,
  `contactgroup_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`hostescalation_contactgroup_id`),
  UNIQUE KEY `instance_id` (`hostescalation_id`,`contactgroup_object_id`),
  KEY `hostesc_cgroups_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host escalation contact groups';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostescalation_contacts`
--

DROP TABLE IF EXISTS `icinga_hostescalation_contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostescalation_contacts` (
  `hostescalation_contact_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `hostescalation_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`hostescalation_contact_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`hostescalation_id`,`contact_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host escalation contacts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostescalations`
--

DROP TABLE IF EXISTS `icinga_hostescalations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostescalations` (
  `hostescalation_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `first_notification` smallint(6) DEFAULT 0,
  `last_notification` smallint(6) DEFAULT 0,
  `notification_interval` double DEFAULT 0,
  `escalate_on_recovery` smallint(6) DEFAULT 0,
  `escalate_on_down` smallint(6) DEFAULT 0,
  `escalate_on_unreachable` smallint(6) DEFAULT 0,
  PRIMARY KEY (`hostescalation_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`host_object_id`,`timeperiod_object_id`,`first_notification`,`last_notification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host escalation definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroup_members`
--

DROP TABLE IF EXISTS `icinga_hostgroup_members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroup_members` (
  `hostgroup_member_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `hostgroup_id` bigint(20) unsigned DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`hostgroup_member_id`),
  KEY `hostgroup_members_i_id_idx` (`instance_id`),
  KEY `hstgrpmbrs_hgid_hoid` (`hostgroup_id`,`host_object_id`),
  KEY `idx_hostgroup_members_object_id` (`host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Hostgroup members';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hostgroups`
--

DROP TABLE IF EXISTS `icinga_hostgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hostgroups` (
  `hostgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `hostgroup_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `notes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notes_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `action_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`hostgroup_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`hostgroup_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Hostgroup definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hosts`
--

DROP TABLE IF EXISTS `icinga_hosts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hosts` (
  `host_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `display_name` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT '',
  `address` varchar(128) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `address6` varchar(128) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `check_command_object_id` bigint(20) unsigned DEFAULT 0,
  `check_command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `eventhandler_command_object_id` bigint(20) unsigned DEFAULT 0,
  `eventhandler_command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notification_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `check_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `failure_prediction_options` varchar(128) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `check_interval` double DEFAULT 0,
  `retry_interval` double DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `first_notification_delay` double DEFAULT 0,
  `notification_interval` double DEFAULT 0,
  `notify_on_down` smallint(6) DEFAULT 0,
  `notify_on_unreachable` smallint(6) DEFAULT 0,
  `notify_on_recovery` smallint(6) DEFAULT 0,
  `notify_on_flapping` smallint(6) DEFAULT 0,
  `notify_on_downtime` smallint(6) DEFAULT 0,
  `stalk_on_up` smallint(6) DEFAULT 0,
  `stalk_on_down` smallint(6) DEFAULT 0,
  `stalk_on_unreachable` smallint(6) DEFAULT 0,
  `flap_detection_enabled` smallint(6) DEFAULT 0,
  `flap_detection_on_up` smallint(6) DEFAULT 0,
  `flap_detection_on_down` smallint(6) DEFAULT 0,
  `flap_detection_on_unreachable` smallint(6) DEFAULT 0,
  `low_flap_threshold` double DEFAULT 0,
  `high_flap_threshold` double DEFAULT 0,
  `process_performance_data` smallint(6) DEFAULT 0,
  `freshness_checks_enabled` smallint(6) DEFAULT 0,
  `freshness_threshold` int(11) DEFAULT 0,
  `passive_checks_enabled` smallint(6) DEFAULT 0,
  `event_handler_enabled` smallint(6) DEFAULT 0,
  `active_checks_enabled` smallint(6) DEFAULT 0,
  `retain_status_information` smallint(6) DEFAULT 0,
  `retain_nonstatus_information` smallint(6) DEFAULT 0,
  `notifications_enabled` smallint(6) DEFAULT 0,
  `obsess_over_host` smallint(6) DEFAULT 0,
  `failure_prediction_enabled` smallint(6) DEFAULT 0,
  `notes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notes_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `action_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `icon_image` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `icon_image_alt` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `vrml_image` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `statusmap_image` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `have_2d_coords` smallint(6) DEFAULT 0,
  `x_2d` smallint(6) DEFAULT 0,
  `y_2d` smallint(6) DEFAULT 0,
  `have_3d_coords` smallint(6) DEFAULT 0,
  `x_3d` double DEFAULT 0,
  `y_3d` double DEFAULT 0,
  `z_3d` double DEFAULT 0,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`host_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`host_object_id`),
  KEY `hosts_host_object_id_idx` (`host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Host definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_hoststatus`
--

DROP TABLE IF EXISTS `icinga_hoststatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_hoststatus` (
  `hoststatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `perfdata` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `check_source` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `current_state` smallint(6) DEFAULT 0,
  `has_been_checked` smallint(6) DEFAULT 0,
  `should_be_scheduled` smallint(6) DEFAULT 0,
  `current_check_attempt` smallint(6) DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `last_check` timestamp NULL DEFAULT NULL,
  `next_check` timestamp NULL DEFAULT NULL,
  `check_type` smallint(6) DEFAULT 0,
  `last_state_change` timestamp NULL DEFAULT NULL,
  `last_hard_state_change` timestamp NULL DEFAULT NULL,
  `last_hard_state` smallint(6) DEFAULT 0,
  `last_time_up` timestamp NULL DEFAULT NULL,
  `last_time_down` timestamp NULL DEFAULT NULL,
  `last_time_unreachable` timestamp NULL DEFAULT NULL,
  `state_type` smallint(6) DEFAULT 0,
  `last_notification` timestamp NULL DEFAULT NULL,
  `next_notification` timestamp NULL DEFAULT NULL,
  `no_more_notifications` smallint(6) DEFAULT 0,
  `notifications_enabled` smallint(6) DEFAULT 0,
  `problem_has_been_acknowledged` smallint(6) DEFAULT 0,
  `acknowledgement_type` smallint(6) DEFAULT 0,
  `current_notification_number` int(10) unsigned DEFAULT 0,
  `passive_checks_enabled` smallint(6) DEFAULT 0,
  `active_checks_enabled` smallint(6) DEFAULT 0,
  `event_handler_enabled` smallint(6) DEFAULT 0,
  `flap_detection_enabled` smallint(6) DEFAULT 0,
  `is_flapping` smallint(6) DEFAULT 0,
  `percent_state_change` double DEFAULT 0,
  `latency` double DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `scheduled_downtime_depth` smallint(6) DEFAULT 0,
  `failure_prediction_enabled` smallint(6) DEFAULT 0,
  `process_performance_data` smallint(6) DEFAULT 0,
  `obsess_over_host` smallint(6) DEFAULT 0,
  `modified_host_attributes` int(11) DEFAULT 0,
  `original_attributes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `event_handler` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `check_command` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `normal_check_interval` double DEFAULT 0,
  `retry_check_interval` double DEFAULT 0,
  `check_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `is_reachable` smallint(6) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`hoststatus_id`),
  UNIQUE KEY `object_id` (`host_object_id`),
  KEY `hoststatus_i_id_idx` (`instance_id`),
  KEY `hoststatus_stat_upd_time_idx` (`status_update_time`),
  KEY `hoststatus_current_state_idx` (`current_state`),
  KEY `hoststatus_check_type_idx` (`check_type`),
  KEY `hoststatus_state_type_idx` (`state_type`),
  KEY `hoststatus_last_state_chg_idx` (`last_state_change`),
  KEY `hoststatus_notif_enabled_idx` (`notifications_enabled`),
  KEY `hoststatus_problem_ack_idx` (`problem_has_been_acknowledged`),
  KEY `hoststatus_act_chks_en_idx` (`active_checks_enabled`),
  KEY `hoststatus_pas_chks_en_idx` (`passive_checks_enabled`),
  KEY `hoststatus_event_hdl_en_idx` (`event_handler_enabled`),
  KEY `hoststatus_flap_det_en_idx` (`flap_detection_enabled`),
  KEY `hoststatus_is_flapping_idx` (`is_flapping`),
  KEY `hoststatus_p_state_chg_idx` (`percent_state_change`),
  KEY `hoststatus_latency_idx` (`latency`),
  KEY `hoststatus_ex_time_idx` (`execution_time`),
  KEY `hoststatus_sch_downt_d_idx` (`scheduled_downtime_depth`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current host status information';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_instances`
--

DROP TABLE IF EXISTS `icinga_instances`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_instances` (
  `instance_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `instance_description` varchar(128) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  PRIMARY KEY (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Location names of various Icinga installations';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_logentries`
--

DROP TABLE IF EXISTS `icinga_logentries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_logentries` (
  `logentry_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `logentry_time` timestamp NULL DEFAULT NULL,
  `entry_time` timestamp NULL DEFAULT NULL,
  `entry_time_usec` int(11) DEFAULT 0,
  `logentry_type` int(11) DEFAULT 0,
  `logentry_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `realtime_data` smallint(6) DEFAULT 0,
  `inferred_data_extracted` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`logentry_id`),
  KEY `loge_time_idx` (`logentry_time`),
  KEY `loge_inst_id_time_idx` (`instance_id`,`logentry_time` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical record of log entries';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_notifications`
--

DROP TABLE IF EXISTS `icinga_notifications`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_notifications` (
  `notification_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `notification_type` smallint(6) DEFAULT 0,
  `notification_reason` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `escalated` smallint(6) DEFAULT 0,
  `contacts_notified` smallint(6) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`notification_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`object_id`,`start_time`,`start_time_usec`),
  KEY `notification_idx` (`notification_type`,`object_id`,`start_time`),
  KEY `notification_object_id_idx` (`object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical record of host and service notifications';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_objects`
--

DROP TABLE IF EXISTS `icinga_objects`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_objects` (
  `object_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `objecttype_id` bigint(20) unsigned DEFAULT 0,
  `name1` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT '',
  `name2` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT NULL,
  `is_active` smallint(6) DEFAULT 0,
  PRIMARY KEY (`object_id`),
  KEY `objecttype_id` (`objecttype_id`,`name1`,`name2`),
  KEY `objects_name1_idx` (`name1`),
  KEY `objects_name2_idx` (`name2`),
  KEY `objects_inst_id_idx` (`instance_id`),
  KEY `sla_idx_obj` (`objecttype_id`,`is_active`,`name1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current and historical objects of all kinds';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_processevents`
--

DROP TABLE IF EXISTS `icinga_processevents`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_processevents` (
  `processevent_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `event_type` smallint(6) DEFAULT 0,
  `event_time` timestamp NULL DEFAULT NULL,
  `event_time_usec` int(11) DEFAULT 0,
  `process_id` bigint(20) unsigned DEFAULT 0,
  `program_name` varchar(16) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `program_version` varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `program_date` varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`processevent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical Icinga process events';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_programstatus`
--

DROP TABLE IF EXISTS `icinga_programstatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_programstatus` (
  `programstatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `program_version` varchar(64) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT NULL,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `program_start_time` timestamp NULL DEFAULT NULL,
  `program_end_time` timestamp NULL DEFAULT NULL,
  `endpoint_name` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT NULL,
  `is_currently_running` smallint(6) DEFAULT 0,
  `process_id` bigint(20) unsigned DEFAULT 0,
  `daemon_mode` smallint(6) DEFAULT 0,
  `last_command_check` timestamp NULL DEFAULT NULL,
  `last_log_rotation` timestamp NULL DEFAULT NULL,
  `notifications_enabled` smallint(6) DEFAULT 0,
  `disable_notif_expire_time` timestamp NULL DEFAULT NULL,
  `active_service_checks_enabled` smallint(6) DEFAULT 0,
  `passive_service_checks_enabled` smallint(6) DEFAULT 0,
  `active_host_checks_enabled` smallint(6) DEFAULT 0,
  `passive_host_checks_enabled` smallint(6) DEFAULT 0,
  `event_handlers_enabled` smallint(6) DEFAULT 0,
  `flap_detection_enabled` smallint(6) DEFAULT 0,
  `failure_prediction_enabled` smallint(6) DEFAULT 0,
  `process_performance_data` smallint(6) DEFAULT 0,
  `obsess_over_hosts` smallint(6) DEFAULT 0,
  `obsess_over_services` smallint(6) DEFAULT 0,
  `modified_host_attributes` int(11) DEFAULT 0,
  `modified_service_attributes` int(11) DEFAULT 0,
  `global_host_event_handler` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `global_service_event_handler` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `config_dump_in_progress` smallint(6) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`programstatus_id`),
  UNIQUE KEY `instance_id` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current program status information';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_runtimevariables`
--

DROP TABLE IF EXISTS `icinga_runtimevariables`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_runtimevariables` (
  `runtimevariable_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `varname` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `varvalue` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`runtimevariable_id`),
  KEY `runtimevars_iid_varn` (`instance_id`,`varname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Runtime variables from the Icinga daemon';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_scheduleddowntime`
--

DROP TABLE IF EXISTS `icinga_scheduleddowntime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_scheduleddowntime` (
  `scheduleddowntime_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `downtime_type` smallint(6) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `entry_time` timestamp NULL DEFAULT NULL,
  `author_name` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `comment_data` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `internal_downtime_id` bigint(20) unsigned DEFAULT 0,
  `triggered_by_id` bigint(20) unsigned DEFAULT 0,
  `is_fixed` smallint(6) DEFAULT 0,
  `duration` bigint(20) DEFAULT 0,
  `scheduled_start_time` timestamp NULL DEFAULT NULL,
  `scheduled_end_time` timestamp NULL DEFAULT NULL,
  `was_started` smallint(6) DEFAULT 0,
  `actual_start_time` timestamp NULL DEFAULT NULL,
  `actual_start_time_usec` int(11) DEFAULT 0,
  `is_in_effect` smallint(6) DEFAULT 0,
  `trigger_time` timestamp NULL DEFAULT NULL,
  `name` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `session_token` int(11) DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`scheduleddowntime_id`),
  KEY `idx_downtimes_session_del` (`instance_id`,`session_token`),
  KEY `idx_scheduleddowntime_remove` (`object_id`,`entry_time`,`scheduled_start_time`,`scheduled_end_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current scheduled host and service downtime';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_contactgroups`
--

DROP TABLE IF EXISTS `icinga_service_contactgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_contactgroups` (
  `service_contactgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `service_id` bigint(20) unsigned DEFAULT 0,
  `contactgroup_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`service_contactgroup_id`),
  KEY `service_contactgroups_i_id_idx` (`instance_id`),
  KEY `scgrps_sid_cgoid` (`service_id`,`contactgroup_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service contact groups';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_service_contacts`
--

DROP TABLE IF EXISTS `icinga_service_contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_service_contacts` (
  `service_contact_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `service_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`service_contact_id`),
  KEY `service_contacts_i_id_idx` (`instance_id`),
  KEY `idx_service_contacts_service_id` (`service_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service contacts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicechecks`
--

DROP TABLE IF EXISTS `icinga_servicechecks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicechecks` (
  `servicecheck_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  `check_type` smallint(6) DEFAULT 0,
  `current_check_attempt` smallint(6) DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `state_type` smallint(6) DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `command_object_id` bigint(20) unsigned DEFAULT 0,
  `command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `command_line` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `timeout` smallint(6) DEFAULT 0,
  `early_timeout` smallint(6) DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `latency` double DEFAULT 0,
  `return_code` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `perfdata` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`servicecheck_id`),
  KEY `servicechecks_i_id_idx` (`instance_id`),
  KEY `servicechecks_time_id_idx` (`start_time`),
  KEY `servicechks_s_obj_id_idx` (`service_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical service checks';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicedependencies`
--

DROP TABLE IF EXISTS `icinga_servicedependencies`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicedependencies` (
  `servicedependency_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  `dependent_service_object_id` bigint(20) unsigned DEFAULT 0,
  `dependency_type` smallint(6) DEFAULT 0,
  `inherits_parent` smallint(6) DEFAULT 0,
  `timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `fail_on_ok` smallint(6) DEFAULT 0,
  `fail_on_warning` smallint(6) DEFAULT 0,
  `fail_on_unknown` smallint(6) DEFAULT 0,
  `fail_on_critical` smallint(6) DEFAULT 0,
  PRIMARY KEY (`servicedependency_id`),
  KEY `instance_id` (`instance_id`,`config_type`,`service_object_id`,`dependent_service_object_id`,`dependency_type`,`inherits_parent`,`fail_on_ok`,`fail_on_warning`,`fail_on_unknown`,`fail_on_critical`),
  KEY `idx_servicedependencies_dependent_service_object_id` (`dependent_service_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service dependency definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_serviceescalation_contactgroups`
--

DROP TABLE IF EXISTS `icinga_serviceescalation_contactgroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_serviceescalation_contactgroups` (
  `serviceescalation_contactgroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `serviceescalation_id` bigint(20) unsigned DEFAULT 0,
  `contactgroup_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`serviceescalation_contactgroup_id`),
  UNIQUE KEY `instance_id` (`serviceescalation_id`,`contactgroup_object_id`),
  KEY `serviceesc_cgroups_i_id_idx` (`instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service escalation contact groups';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_serviceescalation_contacts`
--

DROP TABLE IF EXISTS `icinga_serviceescalation_contacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_serviceescalation_contacts` (
  `serviceescalation_contact_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `serviceescalation_id` bigint(20) unsigned DEFAULT 0,
  `contact_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`serviceescalation_contact_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`serviceescalation_id`,`contact_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service escalation contacts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_serviceescalations`
--

DROP TABLE IF EXISTS `icinga_serviceescalations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_serviceescalations` (
  `serviceescalation_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  `timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `first_notification` smallint(6) DEFAULT 0,
  `last_notification` smallint(6) DEFAULT 0,
  `notification_interval` double DEFAULT 0,
  `escalate_on_recovery` smallint(6) DEFAULT 0,
  `escalate_on_warning` smallint(6) DEFAULT 0,
  `escalate_on_unknown` smallint(6) DEFAULT 0,
  `escalate_on_critical` smallint(6) DEFAULT 0,
  PRIMARY KEY (`serviceescalation_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`service_object_id`,`timeperiod_object_id`,`first_notification`,`last_notification`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service escalation definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroup_members`
--

DROP TABLE IF EXISTS `icinga_servicegroup_members`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroup_members` (
  `servicegroup_member_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `servicegroup_id` bigint(20) unsigned DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`servicegroup_member_id`),
  KEY `servicegroup_members_i_id_idx` (`instance_id`),
  KEY `sgmbrs_sgid_soid` (`servicegroup_id`,`service_object_id`),
  KEY `idx_servicegroup_members_object_id` (`service_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Servicegroup members';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicegroups`
--

DROP TABLE IF EXISTS `icinga_servicegroups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicegroups` (
  `servicegroup_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `servicegroup_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `notes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notes_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `action_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`servicegroup_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`servicegroup_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Servicegroup definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_services`
--

DROP TABLE IF EXISTS `icinga_services`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_services` (
  `service_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `host_object_id` bigint(20) unsigned DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  `display_name` varchar(255) CHARACTER SET latin1 COLLATE latin1_general_cs DEFAULT '',
  `check_command_object_id` bigint(20) unsigned DEFAULT 0,
  `check_command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `eventhandler_command_object_id` bigint(20) unsigned DEFAULT 0,
  `eventhandler_command_args` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notification_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `check_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `failure_prediction_options` varchar(64) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `check_interval` double DEFAULT 0,
  `retry_interval` double DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `first_notification_delay` double DEFAULT 0,
  `notification_interval` double DEFAULT 0,
  `notify_on_warning` smallint(6) DEFAULT 0,
  `notify_on_unknown` smallint(6) DEFAULT 0,
  `notify_on_critical` smallint(6) DEFAULT 0,
  `notify_on_recovery` smallint(6) DEFAULT 0,
  `notify_on_flapping` smallint(6) DEFAULT 0,
  `notify_on_downtime` smallint(6) DEFAULT 0,
  `stalk_on_ok` smallint(6) DEFAULT 0,
  `stalk_on_warning` smallint(6) DEFAULT 0,
  `stalk_on_unknown` smallint(6) DEFAULT 0,
  `stalk_on_critical` smallint(6) DEFAULT 0,
  `is_volatile` smallint(6) DEFAULT 0,
  `flap_detection_enabled` smallint(6) DEFAULT 0,
  `flap_detection_on_ok` smallint(6) DEFAULT 0,
  `flap_detection_on_warning` smallint(6) DEFAULT 0,
  `flap_detection_on_unknown` smallint(6) DEFAULT 0,
  `flap_detection_on_critical` smallint(6) DEFAULT 0,
  `low_flap_threshold` double DEFAULT 0,
  `high_flap_threshold` double DEFAULT 0,
  `process_performance_data` smallint(6) DEFAULT 0,
  `freshness_checks_enabled` smallint(6) DEFAULT 0,
  `freshness_threshold` int(11) DEFAULT 0,
  `passive_checks_enabled` smallint(6) DEFAULT 0,
  `event_handler_enabled` smallint(6) DEFAULT 0,
  `active_checks_enabled` smallint(6) DEFAULT 0,
  `retain_status_information` smallint(6) DEFAULT 0,
  `retain_nonstatus_information` smallint(6) DEFAULT 0,
  `notifications_enabled` smallint(6) DEFAULT 0,
  `obsess_over_service` smallint(6) DEFAULT 0,
  `failure_prediction_enabled` smallint(6) DEFAULT 0,
  `notes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `notes_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `action_url` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `icon_image` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `icon_image_alt` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`service_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`service_object_id`),
  KEY `services_host_object_id_idx` (`host_object_id`),
  KEY `services_combined_object_idx` (`service_object_id`,`host_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Service definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_servicestatus`
--

DROP TABLE IF EXISTS `icinga_servicestatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_servicestatus` (
  `servicestatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `service_object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `perfdata` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `check_source` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `current_state` smallint(6) DEFAULT 0,
  `has_been_checked` smallint(6) DEFAULT 0,
  `should_be_scheduled` smallint(6) DEFAULT 0,
  `current_check_attempt` smallint(6) DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `last_check` timestamp NULL DEFAULT NULL,
  `next_check` timestamp NULL DEFAULT NULL,
  `check_type` smallint(6) DEFAULT 0,
  `last_state_change` timestamp NULL DEFAULT NULL,
  `last_hard_state_change` timestamp NULL DEFAULT NULL,
  `last_hard_state` smallint(6) DEFAULT 0,
  `last_time_ok` timestamp NULL DEFAULT NULL,
  `last_time_warning` timestamp NULL DEFAULT NULL,
  `last_time_unknown` timestamp NULL DEFAULT NULL,
  `last_time_critical` timestamp NULL DEFAULT NULL,
  `state_type` smallint(6) DEFAULT 0,
  `last_notification` timestamp NULL DEFAULT NULL,
  `next_notification` timestamp NULL DEFAULT NULL,
  `no_more_notifications` smallint(6) DEFAULT 0,
  `notifications_enabled` smallint(6) DEFAULT 0,
  `problem_has_been_acknowledged` smallint(6) DEFAULT 0,
  `acknowledgement_type` smallint(6) DEFAULT 0,
  `current_notification_number` int(10) unsigned DEFAULT 0,
  `passive_checks_enabled` smallint(6) DEFAULT 0,
  `active_checks_enabled` smallint(6) DEFAULT 0,
  `event_handler_enabled` smallint(6) DEFAULT 0,
  `flap_detection_enabled` smallint(6) DEFAULT 0,
  `is_flapping` smallint(6) DEFAULT 0,
  `percent_state_change` double DEFAULT 0,
  `latency` double DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `scheduled_downtime_depth` smallint(6) DEFAULT 0,
  `failure_prediction_enabled` smallint(6) DEFAULT 0,
  `process_performance_data` smallint(6) DEFAULT 0,
  `obsess_over_service` smallint(6) DEFAULT 0,
  `modified_service_attributes` int(11) DEFAULT 0,
  `original_attributes` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `event_handler` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `check_command` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `normal_check_interval` double DEFAULT 0,
  `retry_check_interval` double DEFAULT 0,
  `check_timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `is_reachable` smallint(6) DEFAULT 0,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`servicestatus_id`),
  UNIQUE KEY `object_id` (`service_object_id`),
  KEY `servicestatus_i_id_idx` (`instance_id`),
  KEY `srvcstatus_stat_upd_time_idx` (`status_update_time`),
  KEY `srvcstatus_current_state_idx` (`current_state`),
  KEY `srvcstatus_check_type_idx` (`check_type`),
  KEY `srvcstatus_state_type_idx` (`state_type`),
  KEY `srvcstatus_last_state_chg_idx` (`last_state_change`),
  KEY `srvcstatus_notif_enabled_idx` (`notifications_enabled`),
  KEY `srvcstatus_problem_ack_idx` (`problem_has_been_acknowledged`),
  KEY `srvcstatus_act_chks_en_idx` (`active_checks_enabled`),
  KEY `srvcstatus_pas_chks_en_idx` (`passive_checks_enabled`),
  KEY `srvcstatus_event_hdl_en_idx` (`event_handler_enabled`),
  KEY `srvcstatus_flap_det_en_idx` (`flap_detection_enabled`),
  KEY `srvcstatus_is_flapping_idx` (`is_flapping`),
  KEY `srvcstatus_p_state_chg_idx` (`percent_state_change`),
  KEY `srvcstatus_latency_idx` (`latency`),
  KEY `srvcstatus_ex_time_idx` (`execution_time`),
  KEY `srvcstatus_sch_downt_d_idx` (`scheduled_downtime_depth`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Current service status information';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_statehistory`
--

DROP TABLE IF EXISTS `icinga_statehistory`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_statehistory` (
  `statehistory_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `state_time` timestamp NULL DEFAULT NULL,
  `state_time_usec` int(11) DEFAULT 0,
  `object_id` bigint(20) unsigned DEFAULT 0,
  `state_change` smallint(6) DEFAULT 0,
  `state` smallint(6) DEFAULT 0,
  `state_type` smallint(6) DEFAULT 0,
  `current_check_attempt` smallint(6) DEFAULT 0,
  `max_check_attempts` smallint(6) DEFAULT 0,
  `last_state` smallint(6) DEFAULT 0,
  `last_hard_state` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `check_source` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`statehistory_id`),
  KEY `statehist_i_id_o_id_s_ty_s_ti` (`instance_id`,`object_id`,`state_type`,`state_time`),
  KEY `statehist_state_idx` (`object_id`,`state`),
  KEY `sla_idx_sthist` (`object_id`,`state_time` DESC),
  KEY `idx_statehistory_cleanup` (`instance_id`,`state_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical host and service state changes';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_systemcommands`
--

DROP TABLE IF EXISTS `icinga_systemcommands`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_systemcommands` (
  `systemcommand_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `start_time` timestamp NULL DEFAULT NULL,
  `start_time_usec` int(11) DEFAULT 0,
  `end_time` timestamp NULL DEFAULT NULL,
  `end_time_usec` int(11) DEFAULT 0,
  `command_line` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `timeout` smallint(6) DEFAULT 0,
  `early_timeout` smallint(6) DEFAULT 0,
  `execution_time` double DEFAULT 0,
  `return_code` smallint(6) DEFAULT 0,
  `output` text CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  `long_output` text DEFAULT NULL,
  `endpoint_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`systemcommand_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`start_time`,`start_time_usec`),
  KEY `systemcommands_time_id_idx` (`start_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Historical system commands that are executed';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiod_timeranges`
--

DROP TABLE IF EXISTS `icinga_timeperiod_timeranges`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiod_timeranges` (
  `timeperiod_timerange_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `timeperiod_id` bigint(20) unsigned DEFAULT 0,
  `day` smallint(6) DEFAULT 0,
  `start_sec` int(11) DEFAULT 0,
  `end_sec` int(11) DEFAULT 0,
  PRIMARY KEY (`timeperiod_timerange_id`),
  KEY `timeperiod_timeranges_i_id_idx` (`instance_id`),
  KEY `tperiod_tid_d_ss_es` (`timeperiod_id`,`day`,`start_sec`,`end_sec`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Timeperiod definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_timeperiods`
--

DROP TABLE IF EXISTS `icinga_timeperiods`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_timeperiods` (
  `timeperiod_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `timeperiod_object_id` bigint(20) unsigned DEFAULT 0,
  `alias` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT '',
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`timeperiod_id`),
  UNIQUE KEY `instance_id` (`instance_id`,`config_type`,`timeperiod_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Timeperiod definitions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_zones`
--

DROP TABLE IF EXISTS `icinga_zones`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_zones` (
  `zone_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `zone_object_id` bigint(20) unsigned DEFAULT 0,
  `config_type` smallint(6) DEFAULT 0,
  `parent_zone_object_id` bigint(20) unsigned DEFAULT 0,
  `is_global` smallint(6) DEFAULT NULL,
  `config_hash` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`zone_id`),
  KEY `idx_zones_object_id` (`zone_object_id`),
  KEY `idx_zones_parent_object_id` (`parent_zone_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Zone configuration';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icinga_zonestatus`
--

DROP TABLE IF EXISTS `icinga_zonestatus`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icinga_zonestatus` (
  `zonestatus_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `instance_id` bigint(20) unsigned DEFAULT 0,
  `zone_object_id` bigint(20) unsigned DEFAULT 0,
  `status_update_time` timestamp NULL DEFAULT NULL,
  `parent_zone_object_id` bigint(20) unsigned DEFAULT 0,
  PRIMARY KEY (`zonestatus_id`),
  KEY `idx_zonestatus_object_id` (`zone_object_id`),
  KEY `idx_zonestatus_parent_object_id` (`parent_zone_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Zone status';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'icinga'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-05 21:58:52
