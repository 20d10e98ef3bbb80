/*M!999999\- enable the sandbox mode */ 
-- Schema of Ory Kratos, an identity server (github.com/ory/kratos, persistence/sql/migrations/sql/*.up.sql, commit b86338da04a040247a07f46100a86dcfb3875909: the first 344 of its 352 migration versions, up to 20260327101213000000, each the .mysql file or the dialect-free one where there is none, as its popx migrator picks them; the 345th, a generated column MariaDB refuses, and the rest left out), Apache License 2.0 (its LICENSE); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: kratos
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
-- Table structure for table `continuity_containers`
--

DROP TABLE IF EXISTS `continuity_containers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `continuity_containers` (
  `id` char(36) NOT NULL,
  `identity_id` char(36) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `payload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`payload`)),
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `continuity_containers_identity_id_idx` (`identity_id`),
  KEY `continuity_containers_nid_idx` (`nid`),
  CONSTRAINT `continuity_containers_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `continuity_containers_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `courier_message_dispatches`
--

DROP TABLE IF EXISTS `courier_message_dispatches`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `courier_message_dispatches` (
  `id` char(36) NOT NULL,
  `message_id` char(36) NOT NULL,
  `status` varchar(7) NOT NULL,
  `error` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`error`)),
  `nid` char(36) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `courier_message_dispatches_message_id_idx` (`message_id`,`created_at` DESC),
  KEY `courier_message_dispatches_nid_idx` (`nid`),
  CONSTRAINT `courier_message_dispatches_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `courier_messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `courier_message_dispatches_nid_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `courier_messages`
--

DROP TABLE IF EXISTS `courier_messages`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `courier_messages` (
  `id` char(36) NOT NULL,
  `type` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `body` text NOT NULL,
  `subject` varchar(255) NOT NULL,
  `recipient` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `template_type` varchar(255) NOT NULL DEFAULT '',
  `template_data` blob DEFAULT NULL,
  `nid` char(36) DEFAULT NULL,
  `send_count` int(11) NOT NULL DEFAULT 0,
  `channel` varchar(32) DEFAULT NULL,
  `request_headers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`request_headers`)),
  PRIMARY KEY (`id`),
  KEY `courier_messages_nid_status_created_at_id_idx` (`nid`,`status`,`created_at` DESC),
  KEY `courier_messages_nid_recipient_created_at_id_idx` (`nid`,`recipient`,`created_at` DESC),
  KEY `courier_messages_status_id_idx` (`status`,`id`),
  KEY `courier_messages_nid_id_created_at_idx` (`nid`,`id`,`created_at` DESC),
  CONSTRAINT `courier_messages_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identities`
--

DROP TABLE IF EXISTS `identities`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identities` (
  `id` char(36) NOT NULL,
  `schema_id` varchar(2048) NOT NULL,
  `traits` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`traits`)),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'active',
  `state_changed_at` datetime DEFAULT NULL,
  `metadata_public` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata_public`)),
  `metadata_admin` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metadata_admin`)),
  `available_aal` varchar(4) DEFAULT NULL,
  `organization_id` char(36) DEFAULT NULL,
  `external_id` varchar(64) DEFAULT NULL CHECK (`external_id` is null or `external_id` <> ''),
  PRIMARY KEY (`id`),
  UNIQUE KEY `identities_nid_external_id_idx` (`nid`,`external_id`),
  KEY `identities_nid_id_idx` (`nid`,`id`),
  KEY `identities_nid_organization_id_idx` (`organization_id`),
  CONSTRAINT `identities_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_credential_identifiers`
--

DROP TABLE IF EXISTS `identity_credential_identifiers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_credential_identifiers` (
  `id` char(36) NOT NULL,
  `identifier` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `identity_credential_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  `identity_credential_type_id` char(36) NOT NULL,
  `identity_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_credential_identifiers_identifier_nid_type_uq_idx` (`nid`,`identity_credential_type_id`,`identifier`),
  KEY `identity_credential_identifiers_type_id_fk_idx` (`identity_credential_type_id`),
  KEY `identity_credential_identifiers_nid_i_ici_idx` (`nid`,`identifier`,`identity_credential_id`),
  KEY `identity_credential_identifiers_ici_nid_i_idx` (`identity_credential_id`,`nid`,`identifier`),
  KEY `identity_credential_identifiers_identity_id_fk_idx` (`identity_id`),
  CONSTRAINT `identity_credential_identifiers_ibfk_1` FOREIGN KEY (`identity_credential_id`) REFERENCES `identity_credentials` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_credential_identifiers_identity_id_fk` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_credential_identifiers_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_credential_identifiers_type_id_fk_idx` FOREIGN KEY (`identity_credential_type_id`) REFERENCES `identity_credential_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_credential_types`
--

DROP TABLE IF EXISTS `identity_credential_types`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_credential_types` (
  `id` char(36) NOT NULL,
  `name` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_credential_types_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_credentials`
--

DROP TABLE IF EXISTS `identity_credentials`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_credentials` (
  `id` char(36) NOT NULL,
  `config` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`config`)),
  `identity_credential_type_id` char(36) NOT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  `version` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `identity_id` (`identity_id`),
  KEY `identity_credential_type_id` (`identity_credential_type_id`),
  KEY `identity_credentials_nid_idx` (`nid`),
  CONSTRAINT `identity_credentials_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_credentials_ibfk_2` FOREIGN KEY (`identity_credential_type_id`) REFERENCES `identity_credential_types` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_credentials_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_login_codes`
--

DROP TABLE IF EXISTS `identity_login_codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_login_codes` (
  `id` char(36) NOT NULL,
  `code` varchar(64) NOT NULL,
  `address` varchar(255) NOT NULL,
  `address_type` varchar(36) DEFAULT NULL,
  `used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `issued_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `selfservice_login_flow_id` char(36) DEFAULT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `nid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identity_login_codes_selfservice_login_flows_id_fk` (`selfservice_login_flow_id`),
  KEY `identity_login_codes_identity_id_fk` (`identity_id`),
  KEY `identity_login_codes_nid_idx` (`nid`),
  CONSTRAINT `identity_login_codes_identity_id_fk` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_login_codes_networks_id_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_login_codes_selfservice_login_flows_id_fk` FOREIGN KEY (`selfservice_login_flow_id`) REFERENCES `selfservice_login_flows` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_recovery_addresses`
--

DROP TABLE IF EXISTS `identity_recovery_addresses`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_recovery_addresses` (
  `id` char(36) NOT NULL,
  `via` varchar(16) NOT NULL,
  `value` varchar(400) NOT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  `break_glass_for_organization` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_recovery_addresses_status_via_uq_idx` (`nid`,`via`,`value`),
  KEY `identity_recovery_addresses_identity_id_idx` (`identity_id`),
  CONSTRAINT `identity_recovery_addresses_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_addresses_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_recovery_codes`
--

DROP TABLE IF EXISTS `identity_recovery_codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_recovery_codes` (
  `id` char(36) NOT NULL,
  `code` varchar(64) NOT NULL,
  `used_at` timestamp NULL DEFAULT NULL,
  `identity_recovery_address_id` char(36) DEFAULT NULL,
  `code_type` int(11) NOT NULL,
  `expires_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `issued_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `selfservice_recovery_flow_id` char(36) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `nid` char(36) NOT NULL,
  `identity_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identity_recovery_codes_selfservice_recovery_flows_id_fk` (`selfservice_recovery_flow_id`),
  KEY `identity_recovery_codes_address_id_idx` (`identity_recovery_address_id`),
  KEY `identity_recovery_codes_identity_id_idx` (`identity_id`),
  KEY `identity_recovery_codes_nid_idx` (`nid`),
  CONSTRAINT `identity_recovery_codes_identity_id_fk` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_codes_identity_recovery_addresses_id_fk` FOREIGN KEY (`identity_recovery_address_id`) REFERENCES `identity_recovery_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_codes_networks_id_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_codes_selfservice_recovery_flows_id_fk` FOREIGN KEY (`selfservice_recovery_flow_id`) REFERENCES `selfservice_recovery_flows` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_recovery_tokens`
--

DROP TABLE IF EXISTS `identity_recovery_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_recovery_tokens` (
  `id` char(36) NOT NULL,
  `token` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `used_at` datetime DEFAULT NULL,
  `identity_recovery_address_id` char(36) DEFAULT NULL,
  `selfservice_recovery_flow_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `expires_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `issued_at` datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  `nid` char(36) DEFAULT NULL,
  `identity_id` char(36) NOT NULL,
  `token_type` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_recovery_addresses_code_uq_idx` (`token`),
  KEY `identity_recovery_tokens_selfservice_recovery_flow_id_idx` (`selfservice_recovery_flow_id`),
  KEY `identity_recovery_tokens_identity_recovery_address_id_idx` (`identity_recovery_address_id`),
  KEY `identity_recovery_tokens_identity_id_idx` (`identity_id`),
  KEY `identity_recovery_tokens_nid_idx` (`nid`),
  CONSTRAINT `identity_recovery_tokens_ibfk_1` FOREIGN KEY (`identity_recovery_address_id`) REFERENCES `identity_recovery_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_tokens_ibfk_2` FOREIGN KEY (`selfservice_recovery_flow_id`) REFERENCES `selfservice_recovery_flows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_tokens_identity_id_fk_idx` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_tokens_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_recovery_tokens_token_type_ck` CHECK (`token_type` = 1 or `token_type` = 2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_registration_codes`
--

DROP TABLE IF EXISTS `identity_registration_codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_registration_codes` (
  `id` char(36) NOT NULL,
  `code` varchar(64) NOT NULL,
  `address` varchar(255) NOT NULL,
  `address_type` varchar(36) DEFAULT NULL,
  `used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `issued_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `selfservice_registration_flow_id` char(36) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `nid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identity_registration_codes_selfservice_registration_flows_id_fk` (`selfservice_registration_flow_id`),
  KEY `identity_registration_codes_nid_idx` (`nid`),
  CONSTRAINT `identity_registration_codes_networks_id_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_registration_codes_selfservice_registration_flows_id_fk` FOREIGN KEY (`selfservice_registration_flow_id`) REFERENCES `selfservice_registration_flows` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_verifiable_addresses`
--

DROP TABLE IF EXISTS `identity_verifiable_addresses`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_verifiable_addresses` (
  `id` char(36) NOT NULL,
  `status` varchar(16) NOT NULL,
  `via` varchar(16) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `value` varchar(400) NOT NULL,
  `verified_at` datetime DEFAULT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_verifiable_addresses_status_via_uq_idx` (`nid`,`via`,`value`),
  KEY `identity_verifiable_addresses_identity_id_idx` (`identity_id`),
  CONSTRAINT `identity_verifiable_addresses_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_verifiable_addresses_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_verification_codes`
--

DROP TABLE IF EXISTS `identity_verification_codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_verification_codes` (
  `id` char(36) NOT NULL,
  `code_hmac` varchar(64) NOT NULL,
  `used_at` timestamp NULL DEFAULT NULL,
  `identity_verifiable_address_id` char(36) DEFAULT NULL,
  `expires_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `issued_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `selfservice_verification_flow_id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `nid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identity_verification_codes_selfservice_verification_flows_id_fk` (`selfservice_verification_flow_id`),
  KEY `identity_verification_codes_verifiable_address_idx` (`identity_verifiable_address_id`),
  KEY `identity_verification_codes_nid_idx` (`nid`),
  CONSTRAINT `identity_verification_codes_identity_verifiable_addresses_id_fk` FOREIGN KEY (`identity_verifiable_address_id`) REFERENCES `identity_verifiable_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_verification_codes_networks_id_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_verification_codes_selfservice_verification_flows_id_fk` FOREIGN KEY (`selfservice_verification_flow_id`) REFERENCES `selfservice_verification_flows` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `identity_verification_tokens`
--

DROP TABLE IF EXISTS `identity_verification_tokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_verification_tokens` (
  `id` char(36) NOT NULL,
  `token` varchar(64) NOT NULL,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `used_at` datetime DEFAULT NULL,
  `expires_at` datetime NOT NULL,
  `issued_at` datetime NOT NULL,
  `identity_verifiable_address_id` char(36) NOT NULL,
  `selfservice_verification_flow_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `nid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_verification_tokens_token_uq_idx` (`token`),
  KEY `identity_verification_tokens_verifiable_address_id_idx` (`identity_verifiable_address_id`),
  KEY `identity_verification_tokens_verification_flow_id_idx` (`selfservice_verification_flow_id`),
  KEY `identity_verification_tokens_nid_idx` (`nid`),
  CONSTRAINT `identity_verification_tokens_ibfk_1` FOREIGN KEY (`identity_verifiable_address_id`) REFERENCES `identity_verifiable_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_verification_tokens_ibfk_2` FOREIGN KEY (`selfservice_verification_flow_id`) REFERENCES `selfservice_verification_flows` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_verification_tokens_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `networks`
--

DROP TABLE IF EXISTS `networks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `networks` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_errors`
--

DROP TABLE IF EXISTS `selfservice_errors`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_errors` (
  `id` char(36) NOT NULL,
  `errors` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`errors`)),
  `seen_at` datetime DEFAULT NULL,
  `was_seen` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `csrf_token` varchar(255) NOT NULL DEFAULT '',
  `nid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `selfservice_errors_nid_idx` (`nid`),
  CONSTRAINT `selfservice_errors_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_login_flows`
--

DROP TABLE IF EXISTS `selfservice_login_flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_login_flows` (
  `id` char(36) NOT NULL,
  `request_url` text DEFAULT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `active_method` varchar(32) NOT NULL,
  `csrf_token` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `forced` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(16) NOT NULL DEFAULT 'browser',
  `ui` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ui`)),
  `nid` char(36) DEFAULT NULL,
  `requested_aal` varchar(4) NOT NULL DEFAULT 'aal1',
  `internal_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`internal_context`)),
  `oauth2_login_challenge` char(36) DEFAULT NULL,
  `oauth2_login_challenge_data` text DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `submit_count` int(11) NOT NULL DEFAULT 0,
  `organization_id` char(36) DEFAULT NULL,
  `identity_schema_id` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `selfservice_login_flows_nid_idx` (`nid`),
  CONSTRAINT `selfservice_login_flows_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_recovery_flows`
--

DROP TABLE IF EXISTS `selfservice_recovery_flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_recovery_flows` (
  `id` char(36) NOT NULL,
  `request_url` text DEFAULT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `active_method` varchar(32) DEFAULT NULL,
  `csrf_token` varchar(255) NOT NULL,
  `state` varchar(32) NOT NULL,
  `recovered_identity_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(16) NOT NULL DEFAULT 'browser',
  `ui` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ui`)),
  `nid` char(36) DEFAULT NULL,
  `submit_count` int(11) NOT NULL DEFAULT 0,
  `skip_csrf_check` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `selfservice_recovery_flows_nid_idx` (`nid`),
  KEY `selfservice_recovery_flows_recovered_identity_id_idx` (`recovered_identity_id`),
  CONSTRAINT `selfservice_recovery_flows_ibfk_1` FOREIGN KEY (`recovered_identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `selfservice_recovery_flows_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_registration_flows`
--

DROP TABLE IF EXISTS `selfservice_registration_flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_registration_flows` (
  `id` char(36) NOT NULL,
  `request_url` text DEFAULT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `active_method` varchar(32) NOT NULL,
  `csrf_token` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(16) NOT NULL DEFAULT 'browser',
  `ui` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ui`)),
  `nid` char(36) DEFAULT NULL,
  `internal_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`internal_context`)),
  `oauth2_login_challenge` char(36) DEFAULT NULL,
  `oauth2_login_challenge_data` text DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `submit_count` int(11) NOT NULL DEFAULT 0,
  `organization_id` char(36) DEFAULT NULL,
  `identity_schema_id` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `selfservice_registration_flows_nid_idx` (`nid`),
  CONSTRAINT `selfservice_registration_flows_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_settings_flows`
--

DROP TABLE IF EXISTS `selfservice_settings_flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_settings_flows` (
  `id` char(36) NOT NULL,
  `request_url` text DEFAULT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `active_method` varchar(32) DEFAULT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'show_form',
  `type` varchar(16) NOT NULL DEFAULT 'browser',
  `ui` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ui`)),
  `nid` char(36) DEFAULT NULL,
  `internal_context` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`internal_context`)),
  PRIMARY KEY (`id`),
  KEY `selfservice_settings_flows_nid_idx` (`nid`),
  KEY `selfservice_settings_flows_identity_id_idx` (`identity_id`),
  CONSTRAINT `selfservice_settings_flows_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `selfservice_settings_flows_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `selfservice_verification_flows`
--

DROP TABLE IF EXISTS `selfservice_verification_flows`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `selfservice_verification_flows` (
  `id` char(36) NOT NULL,
  `request_url` text DEFAULT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `csrf_token` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(16) NOT NULL DEFAULT 'browser',
  `state` varchar(255) NOT NULL DEFAULT 'show_form',
  `active_method` varchar(32) DEFAULT NULL,
  `ui` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`ui`)),
  `nid` char(36) DEFAULT NULL,
  `submit_count` int(11) NOT NULL DEFAULT 0,
  `oauth2_login_challenge` text DEFAULT NULL,
  `session_id` varchar(36) DEFAULT NULL,
  `identity_id` varchar(36) DEFAULT NULL,
  `authentication_methods` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`authentication_methods`)),
  PRIMARY KEY (`id`),
  KEY `selfservice_verification_flows_nid_idx` (`nid`),
  CONSTRAINT `selfservice_verification_flows_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `session_devices`
--

DROP TABLE IF EXISTS `session_devices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `session_devices` (
  `id` char(36) NOT NULL,
  `ip_address` varchar(50) DEFAULT '',
  `user_agent` varchar(512) DEFAULT '',
  `location` varchar(512) DEFAULT '',
  `session_id` char(36) NOT NULL,
  `nid` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `identity_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `session_devices_nid_idx` (`nid`),
  KEY `session_devices_session_id_idx` (`session_id`),
  KEY `session_devices_identity_id_fk_idx` (`identity_id`),
  CONSTRAINT `session_devices_ibfk_1` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `session_devices_ibfk_2` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `session_devices_identity_id_fk` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `session_token_exchanges`
--

DROP TABLE IF EXISTS `session_token_exchanges`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `session_token_exchanges` (
  `id` char(36) NOT NULL,
  `nid` char(36) NOT NULL,
  `flow_id` char(36) NOT NULL,
  `session_id` char(36) DEFAULT NULL,
  `init_code` varchar(64) NOT NULL,
  `return_to_code` varchar(64) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `session_token_exchanges_flow_id_nid_init_code_idx` (`flow_id`,`nid`,`init_code`),
  KEY `session_token_exchanges_nid_init_code_idx` (`nid`,`init_code`),
  CONSTRAINT `session_token_exchanges_nid_fk` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sessions`
--

DROP TABLE IF EXISTS `sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `issued_at` datetime NOT NULL DEFAULT current_timestamp(),
  `expires_at` datetime NOT NULL,
  `authenticated_at` datetime NOT NULL,
  `identity_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `token` varchar(39) DEFAULT NULL,
  `active` tinyint(1) DEFAULT 0,
  `nid` char(36) DEFAULT NULL,
  `logout_token` varchar(39) DEFAULT NULL,
  `aal` varchar(4) NOT NULL DEFAULT 'aal1',
  `authentication_methods` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`authentication_methods`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_token_uq_idx` (`token`),
  UNIQUE KEY `sessions_logout_token_uq_idx` (`logout_token`),
  KEY `sessions_list_idx` (`nid`,`created_at` DESC,`id`),
  KEY `sessions_list_active_idx` (`nid`,`expires_at`,`active`,`created_at` DESC,`id`),
  KEY `sessions_list_identity_idx` (`identity_id`,`nid`,`created_at` DESC),
  CONSTRAINT `sessions_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sessions_nid_fk_idx` FOREIGN KEY (`nid`) REFERENCES `networks` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'rh2_kratos'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06 14:58:28
