/*M!999999\- enable the sandbox mode */ 
-- Schema of Glewlwyd 2.7.5 (Debian package glewlwyd 2.7.5-3+deb12u1, usr/share/doc/glewlwyd/database/init.mariadb.sql.gz), GNU GPL v3 (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: glewlwyd
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
-- Table structure for table `g_api_key`
--

DROP TABLE IF EXISTS `g_api_key`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_api_key` (
  `gak_id` int(11) NOT NULL AUTO_INCREMENT,
  `gak_token_hash` varchar(512) NOT NULL,
  `gak_counter` int(11) DEFAULT 0,
  `gak_username` varchar(256) NOT NULL,
  `gak_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gak_issued_for` varchar(256) DEFAULT NULL,
  `gak_user_agent` varchar(256) DEFAULT NULL,
  `gak_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gak_id`),
  KEY `i_gak_token_hash` (`gak_token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client`
--

DROP TABLE IF EXISTS `g_client`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client` (
  `gc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gc_client_id` varchar(128) NOT NULL,
  `gc_name` varchar(256) DEFAULT '',
  `gc_description` varchar(512) DEFAULT '',
  `gc_confidential` tinyint(1) DEFAULT 0,
  `gc_password` varchar(256) DEFAULT NULL,
  `gc_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gc_id`),
  UNIQUE KEY `gc_client_id` (`gc_client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client_module_instance`
--

DROP TABLE IF EXISTS `g_client_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client_module_instance` (
  `gcmi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gcmi_module` varchar(128) NOT NULL,
  `gcmi_order` int(11) NOT NULL,
  `gcmi_name` varchar(128) NOT NULL,
  `gcmi_display_name` varchar(256) DEFAULT '',
  `gcmi_parameters` mediumblob DEFAULT NULL,
  `gcmi_readonly` tinyint(1) DEFAULT 0,
  `gcmi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gcmi_id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client_property`
--

DROP TABLE IF EXISTS `g_client_property`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client_property` (
  `gcp_id` int(11) NOT NULL AUTO_INCREMENT,
  `gc_id` int(11) DEFAULT NULL,
  `gcp_name` varchar(128) NOT NULL,
  `gcp_value_tiny` varchar(512) DEFAULT NULL,
  `gcp_value_small` blob DEFAULT NULL,
  `gcp_value_medium` mediumblob DEFAULT NULL,
  PRIMARY KEY (`gcp_id`),
  KEY `gc_id` (`gc_id`),
  KEY `i_g_client_property_name` (`gcp_name`),
  CONSTRAINT `g_client_property_ibfk_1` FOREIGN KEY (`gc_id`) REFERENCES `g_client` (`gc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client_scope`
--

DROP TABLE IF EXISTS `g_client_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client_scope` (
  `gcs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gcs_name` varchar(128) NOT NULL,
  PRIMARY KEY (`gcs_id`),
  UNIQUE KEY `gcs_name` (`gcs_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client_scope_client`
--

DROP TABLE IF EXISTS `g_client_scope_client`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client_scope_client` (
  `gcsu_id` int(11) NOT NULL AUTO_INCREMENT,
  `gc_id` int(11) DEFAULT NULL,
  `gcs_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`gcsu_id`),
  KEY `gc_id` (`gc_id`),
  KEY `gcs_id` (`gcs_id`),
  CONSTRAINT `g_client_scope_client_ibfk_1` FOREIGN KEY (`gc_id`) REFERENCES `g_client` (`gc_id`) ON DELETE CASCADE,
  CONSTRAINT `g_client_scope_client_ibfk_2` FOREIGN KEY (`gcs_id`) REFERENCES `g_client_scope` (`gcs_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_client_user_scope`
--

DROP TABLE IF EXISTS `g_client_user_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_client_user_scope` (
  `gcus_id` int(11) NOT NULL AUTO_INCREMENT,
  `gs_id` int(11) NOT NULL,
  `gcus_username` varchar(256) NOT NULL,
  `gcus_client_id` varchar(256) NOT NULL,
  `gcus_granted` timestamp NOT NULL DEFAULT current_timestamp(),
  `gcus_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gcus_id`),
  KEY `gs_id` (`gs_id`),
  KEY `i_g_client_user_scope_username` (`gcus_username`),
  KEY `i_g_client_user_scope_client_id` (`gcus_client_id`),
  CONSTRAINT `g_client_user_scope_ibfk_1` FOREIGN KEY (`gs_id`) REFERENCES `g_scope` (`gs_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_misc_config`
--

DROP TABLE IF EXISTS `g_misc_config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_misc_config` (
  `gmc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gmc_type` varchar(128) NOT NULL,
  `gmc_name` varchar(128) DEFAULT NULL,
  `gmc_value` mediumblob DEFAULT NULL,
  PRIMARY KEY (`gmc_id`),
  KEY `i_gmc_type` (`gmc_type`),
  KEY `i_gmc_name` (`gmc_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_plugin_module_instance`
--

DROP TABLE IF EXISTS `g_plugin_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_plugin_module_instance` (
  `gpmi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpmi_module` varchar(128) NOT NULL,
  `gpmi_name` varchar(128) NOT NULL,
  `gpmi_display_name` varchar(256) DEFAULT '',
  `gpmi_parameters` mediumblob DEFAULT NULL,
  `gpmi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpmi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_scope`
--

DROP TABLE IF EXISTS `g_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_scope` (
  `gs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gs_name` varchar(128) NOT NULL,
  `gs_display_name` varchar(256) DEFAULT '',
  `gs_description` varchar(512) DEFAULT NULL,
  `gs_password_required` tinyint(1) DEFAULT 1,
  `gs_password_max_age` int(11) DEFAULT 0,
  `gs_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gs_id`),
  UNIQUE KEY `gs_name` (`gs_name`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_scope_group`
--

DROP TABLE IF EXISTS `g_scope_group`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_scope_group` (
  `gsg_id` int(11) NOT NULL AUTO_INCREMENT,
  `gs_id` int(11) DEFAULT NULL,
  `gsg_name` varchar(128) NOT NULL,
  `gsg_scheme_required` int(11) DEFAULT 1,
  PRIMARY KEY (`gsg_id`),
  KEY `gs_id` (`gs_id`),
  CONSTRAINT `g_scope_group_ibfk_1` FOREIGN KEY (`gs_id`) REFERENCES `g_scope` (`gs_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_scope_group_auth_scheme_module_instance`
--

DROP TABLE IF EXISTS `g_scope_group_auth_scheme_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_scope_group_auth_scheme_module_instance` (
  `gsgasmi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gsg_id` int(11) NOT NULL,
  `guasmi_id` int(11) NOT NULL,
  PRIMARY KEY (`gsgasmi_id`),
  KEY `gsg_id` (`gsg_id`),
  KEY `guasmi_id` (`guasmi_id`),
  CONSTRAINT `g_scope_group_auth_scheme_module_instance_ibfk_1` FOREIGN KEY (`gsg_id`) REFERENCES `g_scope_group` (`gsg_id`) ON DELETE CASCADE,
  CONSTRAINT `g_scope_group_auth_scheme_module_instance_ibfk_2` FOREIGN KEY (`guasmi_id`) REFERENCES `g_user_auth_scheme_module_instance` (`guasmi_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user`
--

DROP TABLE IF EXISTS `g_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user` (
  `gu_id` int(11) NOT NULL AUTO_INCREMENT,
  `gu_username` varchar(128) NOT NULL,
  `gu_name` varchar(256) DEFAULT '',
  `gu_email` varchar(512) DEFAULT '',
  `gu_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gu_id`),
  UNIQUE KEY `gu_username` (`gu_username`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_auth_scheme_module_instance`
--

DROP TABLE IF EXISTS `g_user_auth_scheme_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_auth_scheme_module_instance` (
  `guasmi_id` int(11) NOT NULL AUTO_INCREMENT,
  `guasmi_module` varchar(128) NOT NULL,
  `guasmi_expiration` int(11) NOT NULL DEFAULT 0,
  `guasmi_max_use` int(11) DEFAULT 0,
  `guasmi_allow_user_register` tinyint(1) DEFAULT 1,
  `guasmi_forbid_user_profile` tinyint(1) DEFAULT 0,
  `guasmi_forbid_user_reset_credential` tinyint(1) DEFAULT 0,
  `guasmi_name` varchar(128) NOT NULL,
  `guasmi_display_name` varchar(256) DEFAULT '',
  `guasmi_parameters` mediumblob DEFAULT NULL,
  `guasmi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`guasmi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_middleware_module_instance`
--

DROP TABLE IF EXISTS `g_user_middleware_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_middleware_module_instance` (
  `gummi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gummi_module` varchar(128) NOT NULL,
  `gummi_order` int(11) NOT NULL,
  `gummi_name` varchar(128) NOT NULL,
  `gummi_display_name` varchar(256) DEFAULT '',
  `gummi_parameters` mediumblob DEFAULT NULL,
  `gummi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gummi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_module_instance`
--

DROP TABLE IF EXISTS `g_user_module_instance`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_module_instance` (
  `gumi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gumi_module` varchar(128) NOT NULL,
  `gumi_order` int(11) NOT NULL,
  `gumi_name` varchar(128) NOT NULL,
  `gumi_display_name` varchar(256) DEFAULT '',
  `gumi_parameters` mediumblob DEFAULT NULL,
  `gumi_readonly` tinyint(1) DEFAULT 0,
  `gumi_multiple_passwords` tinyint(1) DEFAULT 0,
  `gumi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gumi_id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_password`
--

DROP TABLE IF EXISTS `g_user_password`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_password` (
  `guw_id` int(11) NOT NULL AUTO_INCREMENT,
  `gu_id` int(11) DEFAULT NULL,
  `guw_password` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`guw_id`),
  KEY `gu_id` (`gu_id`),
  CONSTRAINT `g_user_password_ibfk_1` FOREIGN KEY (`gu_id`) REFERENCES `g_user` (`gu_id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_property`
--

DROP TABLE IF EXISTS `g_user_property`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_property` (
  `gup_id` int(11) NOT NULL AUTO_INCREMENT,
  `gu_id` int(11) DEFAULT NULL,
  `gup_name` varchar(128) NOT NULL,
  `gup_value_tiny` varchar(512) DEFAULT NULL,
  `gup_value_small` blob DEFAULT NULL,
  `gup_value_medium` mediumblob DEFAULT NULL,
  PRIMARY KEY (`gup_id`),
  KEY `gu_id` (`gu_id`),
  KEY `i_g_user_property_name` (`gup_name`),
  CONSTRAINT `g_user_property_ibfk_1` FOREIGN KEY (`gu_id`) REFERENCES `g_user` (`gu_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_scope`
--

DROP TABLE IF EXISTS `g_user_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_scope` (
  `gus_id` int(11) NOT NULL AUTO_INCREMENT,
  `gus_name` varchar(128) NOT NULL,
  PRIMARY KEY (`gus_id`),
  UNIQUE KEY `gus_name` (`gus_name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_scope_user`
--

DROP TABLE IF EXISTS `g_user_scope_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_scope_user` (
  `gusu_id` int(11) NOT NULL AUTO_INCREMENT,
  `gu_id` int(11) DEFAULT NULL,
  `gus_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`gusu_id`),
  KEY `gu_id` (`gu_id`),
  KEY `gus_id` (`gus_id`),
  CONSTRAINT `g_user_scope_user_ibfk_1` FOREIGN KEY (`gu_id`) REFERENCES `g_user` (`gu_id`) ON DELETE CASCADE,
  CONSTRAINT `g_user_scope_user_ibfk_2` FOREIGN KEY (`gus_id`) REFERENCES `g_user_scope` (`gus_id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_session`
--

DROP TABLE IF EXISTS `g_user_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_session` (
  `gus_id` int(11) NOT NULL AUTO_INCREMENT,
  `gus_session_hash` varchar(128) NOT NULL,
  `gus_user_agent` varchar(256) DEFAULT NULL,
  `gus_issued_for` varchar(256) DEFAULT NULL,
  `gus_username` varchar(256) NOT NULL,
  `gus_expiration` timestamp NOT NULL DEFAULT current_timestamp(),
  `gus_last_login` timestamp NOT NULL DEFAULT current_timestamp(),
  `gus_current` tinyint(1) DEFAULT NULL,
  `gus_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gus_id`),
  KEY `i_g_user_session_username` (`gus_username`),
  KEY `i_g_user_session_last_login` (`gus_last_login`),
  KEY `i_g_user_session_expiration` (`gus_expiration`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `g_user_session_scheme`
--

DROP TABLE IF EXISTS `g_user_session_scheme`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `g_user_session_scheme` (
  `guss_id` int(11) NOT NULL AUTO_INCREMENT,
  `gus_id` int(11) NOT NULL,
  `guasmi_id` int(11) DEFAULT NULL,
  `guss_expiration` timestamp NOT NULL DEFAULT current_timestamp(),
  `guss_last_login` timestamp NOT NULL DEFAULT current_timestamp(),
  `guss_use_counter` int(11) DEFAULT 0,
  `guss_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`guss_id`),
  KEY `gus_id` (`gus_id`),
  KEY `guasmi_id` (`guasmi_id`),
  KEY `i_g_user_session_scheme_last_login` (`guss_last_login`),
  KEY `i_g_user_session_scheme_expiration` (`guss_expiration`),
  CONSTRAINT `g_user_session_scheme_ibfk_1` FOREIGN KEY (`gus_id`) REFERENCES `g_user_session` (`gus_id`) ON DELETE CASCADE,
  CONSTRAINT `g_user_session_scheme_ibfk_2` FOREIGN KEY (`guasmi_id`) REFERENCES `g_user_auth_scheme_module_instance` (`guasmi_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_access_token`
--

DROP TABLE IF EXISTS `gpg_access_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_access_token` (
  `gpga_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpga_plugin_name` varchar(256) NOT NULL,
  `gpga_authorization_type` int(2) NOT NULL,
  `gpgr_id` int(11) DEFAULT NULL,
  `gpga_username` varchar(256) DEFAULT NULL,
  `gpga_client_id` varchar(256) DEFAULT NULL,
  `gpga_issued_at` timestamp NULL DEFAULT current_timestamp(),
  `gpga_issued_for` varchar(256) DEFAULT NULL,
  `gpga_user_agent` varchar(256) DEFAULT NULL,
  `gpga_token_hash` varchar(512) NOT NULL,
  `gpga_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpga_id`),
  KEY `gpgr_id` (`gpgr_id`),
  KEY `i_gpga_token_hash` (`gpga_token_hash`),
  CONSTRAINT `gpg_access_token_ibfk_1` FOREIGN KEY (`gpgr_id`) REFERENCES `gpg_refresh_token` (`gpgr_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_access_token_scope`
--

DROP TABLE IF EXISTS `gpg_access_token_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_access_token_scope` (
  `gpgas_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpga_id` int(11) DEFAULT NULL,
  `gpgas_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpgas_id`),
  KEY `gpga_id` (`gpga_id`),
  CONSTRAINT `gpg_access_token_scope_ibfk_1` FOREIGN KEY (`gpga_id`) REFERENCES `gpg_access_token` (`gpga_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_code`
--

DROP TABLE IF EXISTS `gpg_code`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_code` (
  `gpgc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgc_plugin_name` varchar(256) NOT NULL,
  `gpgc_username` varchar(256) NOT NULL,
  `gpgc_client_id` varchar(256) NOT NULL,
  `gpgc_redirect_uri` varchar(512) NOT NULL,
  `gpgc_code_hash` varchar(512) NOT NULL,
  `gpgc_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpgc_issued_for` varchar(256) DEFAULT NULL,
  `gpgc_user_agent` varchar(256) DEFAULT NULL,
  `gpgc_code_challenge` varchar(128) DEFAULT NULL,
  `gpgc_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpgc_id`),
  KEY `i_gpgc_code_hash` (`gpgc_code_hash`),
  KEY `i_gpgc_code_challenge` (`gpgc_code_challenge`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_code_scope`
--

DROP TABLE IF EXISTS `gpg_code_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_code_scope` (
  `gpgcs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgc_id` int(11) DEFAULT NULL,
  `gpgcs_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpgcs_id`),
  KEY `gpgc_id` (`gpgc_id`),
  CONSTRAINT `gpg_code_scope_ibfk_1` FOREIGN KEY (`gpgc_id`) REFERENCES `gpg_code` (`gpgc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_device_authorization`
--

DROP TABLE IF EXISTS `gpg_device_authorization`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_device_authorization` (
  `gpgda_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgda_plugin_name` varchar(256) NOT NULL,
  `gpgda_client_id` varchar(256) NOT NULL,
  `gpgda_username` varchar(256) DEFAULT NULL,
  `gpgda_created_at` timestamp NULL DEFAULT current_timestamp(),
  `gpgda_expires_at` timestamp NULL DEFAULT current_timestamp(),
  `gpgda_issued_for` varchar(256) DEFAULT NULL,
  `gpgda_device_code_hash` varchar(512) NOT NULL,
  `gpgda_user_code_hash` varchar(512) NOT NULL,
  `gpgda_status` tinyint(1) DEFAULT 0,
  `gpgda_last_check` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`gpgda_id`),
  KEY `i_gpgda_device_code_hash` (`gpgda_device_code_hash`),
  KEY `i_gpgda_user_code_hash` (`gpgda_user_code_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_device_authorization_scope`
--

DROP TABLE IF EXISTS `gpg_device_authorization_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_device_authorization_scope` (
  `gpgdas_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgda_id` int(11) DEFAULT NULL,
  `gpgdas_scope` varchar(128) NOT NULL,
  `gpgdas_allowed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gpgdas_id`),
  KEY `gpgda_id` (`gpgda_id`),
  CONSTRAINT `gpg_device_authorization_scope_ibfk_1` FOREIGN KEY (`gpgda_id`) REFERENCES `gpg_device_authorization` (`gpgda_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_refresh_token`
--

DROP TABLE IF EXISTS `gpg_refresh_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_refresh_token` (
  `gpgr_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgr_plugin_name` varchar(256) NOT NULL,
  `gpgr_authorization_type` int(2) NOT NULL,
  `gpgc_id` int(11) DEFAULT NULL,
  `gpgr_username` varchar(256) NOT NULL,
  `gpgr_client_id` varchar(256) DEFAULT NULL,
  `gpgr_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpgr_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpgr_last_seen` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpgr_duration` int(11) DEFAULT NULL,
  `gpgr_rolling_expiration` tinyint(1) DEFAULT 0,
  `gpgr_issued_for` varchar(256) DEFAULT NULL,
  `gpgr_user_agent` varchar(256) DEFAULT NULL,
  `gpgr_token_hash` varchar(512) NOT NULL,
  `gpgr_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpgr_id`),
  KEY `gpgc_id` (`gpgc_id`),
  KEY `i_gpgr_token_hash` (`gpgr_token_hash`),
  CONSTRAINT `gpg_refresh_token_ibfk_1` FOREIGN KEY (`gpgc_id`) REFERENCES `gpg_code` (`gpgc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpg_refresh_token_scope`
--

DROP TABLE IF EXISTS `gpg_refresh_token_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpg_refresh_token_scope` (
  `gpgrs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpgr_id` int(11) DEFAULT NULL,
  `gpgrs_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpgrs_id`),
  KEY `gpgr_id` (`gpgr_id`),
  CONSTRAINT `gpg_refresh_token_scope_ibfk_1` FOREIGN KEY (`gpgr_id`) REFERENCES `gpg_refresh_token` (`gpgr_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_access_token`
--

DROP TABLE IF EXISTS `gpo_access_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_access_token` (
  `gpoa_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoa_plugin_name` varchar(256) NOT NULL,
  `gpoa_authorization_type` int(2) NOT NULL,
  `gpor_id` int(11) DEFAULT NULL,
  `gpoa_username` varchar(256) DEFAULT NULL,
  `gpoa_client_id` varchar(256) DEFAULT NULL,
  `gpoa_resource` varchar(512) DEFAULT NULL,
  `gpoa_issued_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoa_issued_for` varchar(256) DEFAULT NULL,
  `gpoa_user_agent` varchar(256) DEFAULT NULL,
  `gpoa_token_hash` varchar(512) NOT NULL,
  `gpoa_jti` varchar(128) DEFAULT NULL,
  `gpoa_authorization_details` blob DEFAULT NULL,
  `gpoa_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpoa_id`),
  KEY `gpor_id` (`gpor_id`),
  KEY `i_gpoa_token_hash` (`gpoa_token_hash`),
  KEY `i_gpoa_jti` (`gpoa_jti`),
  CONSTRAINT `gpo_access_token_ibfk_1` FOREIGN KEY (`gpor_id`) REFERENCES `gpo_refresh_token` (`gpor_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_access_token_scope`
--

DROP TABLE IF EXISTS `gpo_access_token_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_access_token_scope` (
  `gpoas_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoa_id` int(11) DEFAULT NULL,
  `gpoas_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpoas_id`),
  KEY `gpoa_id` (`gpoa_id`),
  CONSTRAINT `gpo_access_token_scope_ibfk_1` FOREIGN KEY (`gpoa_id`) REFERENCES `gpo_access_token` (`gpoa_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_ciba`
--

DROP TABLE IF EXISTS `gpo_ciba`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_ciba` (
  `gpob_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpob_plugin_name` varchar(256) NOT NULL,
  `gpob_client_id` varchar(256) NOT NULL,
  `gpob_x5t_s256` varchar(64) DEFAULT NULL,
  `gpob_username` varchar(256) NOT NULL,
  `gpob_client_notification_token` varchar(1024) DEFAULT NULL,
  `gpob_jti_hash` varchar(512) DEFAULT NULL,
  `gpob_auth_req_id` varchar(128) DEFAULT NULL,
  `gpob_user_req_id` varchar(128) DEFAULT NULL,
  `gpob_binding_message` varchar(256) DEFAULT NULL,
  `gpob_sid` varchar(128) DEFAULT NULL,
  `gpob_dpop_jkt` varchar(512) DEFAULT NULL,
  `gpob_status` tinyint(1) DEFAULT 0,
  `gpob_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpob_issued_for` varchar(256) DEFAULT NULL,
  `gpob_user_agent` varchar(256) DEFAULT NULL,
  `gpob_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpob_id`),
  KEY `i_gpob_client_id` (`gpob_client_id`),
  KEY `i_gpob_jti_hash` (`gpob_jti_hash`),
  KEY `i_gpob_client_notification_token` (`gpob_client_notification_token`(768)),
  KEY `i_gpob_auth_req_id` (`gpob_auth_req_id`),
  KEY `i_gpob_user_req_id` (`gpob_user_req_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_ciba_scheme`
--

DROP TABLE IF EXISTS `gpo_ciba_scheme`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_ciba_scheme` (
  `gpobh_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpob_id` int(11) DEFAULT NULL,
  `gpobh_scheme_module` varchar(128) NOT NULL,
  PRIMARY KEY (`gpobh_id`),
  KEY `gpob_id` (`gpob_id`),
  CONSTRAINT `gpo_ciba_scheme_ibfk_1` FOREIGN KEY (`gpob_id`) REFERENCES `gpo_ciba` (`gpob_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_ciba_scope`
--

DROP TABLE IF EXISTS `gpo_ciba_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_ciba_scope` (
  `gpocs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpob_id` int(11) DEFAULT NULL,
  `gpops_scope` varchar(128) NOT NULL,
  `gpobs_granted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gpocs_id`),
  KEY `gpob_id` (`gpob_id`),
  CONSTRAINT `gpo_ciba_scope_ibfk_1` FOREIGN KEY (`gpob_id`) REFERENCES `gpo_ciba` (`gpob_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_client_registration`
--

DROP TABLE IF EXISTS `gpo_client_registration`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_client_registration` (
  `gpocr_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpocr_plugin_name` varchar(256) NOT NULL,
  `gpocr_cient_id` varchar(256) NOT NULL,
  `gpocr_management_at_hash` varchar(512) DEFAULT NULL,
  `gpocr_created_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoa_id` int(11) DEFAULT NULL,
  `gpocr_issued_for` varchar(256) DEFAULT NULL,
  `gpocr_user_agent` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`gpocr_id`),
  KEY `gpoa_id` (`gpoa_id`),
  KEY `i_gpocr_management_at_hash` (`gpocr_management_at_hash`),
  CONSTRAINT `gpo_client_registration_ibfk_1` FOREIGN KEY (`gpoa_id`) REFERENCES `gpo_access_token` (`gpoa_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_client_token_request`
--

DROP TABLE IF EXISTS `gpo_client_token_request`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_client_token_request` (
  `gpoctr_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoctr_plugin_name` varchar(256) NOT NULL,
  `gpoctr_cient_id` varchar(256) NOT NULL,
  `gpoctr_created_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoctr_issued_for` varchar(256) DEFAULT NULL,
  `gpoctr_jti_hash` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`gpoctr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_code`
--

DROP TABLE IF EXISTS `gpo_code`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_code` (
  `gpoc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoc_plugin_name` varchar(256) NOT NULL,
  `gpoc_authorization_type` int(2) NOT NULL,
  `gpoc_username` varchar(256) NOT NULL,
  `gpoc_client_id` varchar(256) NOT NULL,
  `gpoc_redirect_uri` varchar(512) NOT NULL,
  `gpoc_code_hash` varchar(512) NOT NULL,
  `gpoc_nonce` varchar(512) DEFAULT NULL,
  `gpoc_resource` varchar(512) DEFAULT NULL,
  `gpoc_claims_request` blob DEFAULT NULL,
  `gpoc_authorization_details` blob DEFAULT NULL,
  `gpoc_s_hash` varchar(512) DEFAULT NULL,
  `gpoc_sid` varchar(128) DEFAULT NULL,
  `gpoc_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpoc_issued_for` varchar(256) DEFAULT NULL,
  `gpoc_user_agent` varchar(256) DEFAULT NULL,
  `gpoc_code_challenge` varchar(128) DEFAULT NULL,
  `gpoc_dpop_jkt` varchar(512) DEFAULT NULL,
  `gpoc_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpoc_id`),
  KEY `i_gpoc_code_hash` (`gpoc_code_hash`),
  KEY `i_gpoc_code_challenge` (`gpoc_code_challenge`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_code_scheme`
--

DROP TABLE IF EXISTS `gpo_code_scheme`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_code_scheme` (
  `gpoch_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoc_id` int(11) DEFAULT NULL,
  `gpoch_scheme_module` varchar(128) NOT NULL,
  PRIMARY KEY (`gpoch_id`),
  KEY `gpoc_id` (`gpoc_id`),
  CONSTRAINT `gpo_code_scheme_ibfk_1` FOREIGN KEY (`gpoc_id`) REFERENCES `gpo_code` (`gpoc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_code_scope`
--

DROP TABLE IF EXISTS `gpo_code_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_code_scope` (
  `gpocs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoc_id` int(11) DEFAULT NULL,
  `gpocs_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpocs_id`),
  KEY `gpoc_id` (`gpoc_id`),
  CONSTRAINT `gpo_code_scope_ibfk_1` FOREIGN KEY (`gpoc_id`) REFERENCES `gpo_code` (`gpoc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_device_authorization`
--

DROP TABLE IF EXISTS `gpo_device_authorization`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_device_authorization` (
  `gpoda_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoda_plugin_name` varchar(256) NOT NULL,
  `gpoda_client_id` varchar(256) NOT NULL,
  `gpoda_resource` varchar(512) DEFAULT NULL,
  `gpoda_username` varchar(256) DEFAULT NULL,
  `gpoda_created_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoda_expires_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoda_issued_for` varchar(256) DEFAULT NULL,
  `gpoda_device_code_hash` varchar(512) NOT NULL,
  `gpoda_user_code_hash` varchar(512) NOT NULL,
  `gpoda_sid` varchar(128) DEFAULT NULL,
  `gpoda_status` tinyint(1) DEFAULT 0,
  `gpoda_authorization_details` blob DEFAULT NULL,
  `gpoda_dpop_jkt` varchar(512) DEFAULT NULL,
  `gpoda_last_check` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`gpoda_id`),
  KEY `i_gpoda_device_code_hash` (`gpoda_device_code_hash`),
  KEY `i_gpoda_user_code_hash` (`gpoda_user_code_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_device_authorization_scope`
--

DROP TABLE IF EXISTS `gpo_device_authorization_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_device_authorization_scope` (
  `gpodas_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoda_id` int(11) DEFAULT NULL,
  `gpodas_scope` varchar(128) NOT NULL,
  `gpodas_allowed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gpodas_id`),
  KEY `gpoda_id` (`gpoda_id`),
  CONSTRAINT `gpo_device_authorization_scope_ibfk_1` FOREIGN KEY (`gpoda_id`) REFERENCES `gpo_device_authorization` (`gpoda_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_device_scheme`
--

DROP TABLE IF EXISTS `gpo_device_scheme`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_device_scheme` (
  `gpodh_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoda_id` int(11) DEFAULT NULL,
  `gpodh_scheme_module` varchar(128) NOT NULL,
  PRIMARY KEY (`gpodh_id`),
  KEY `gpoda_id` (`gpoda_id`),
  CONSTRAINT `gpo_device_scheme_ibfk_1` FOREIGN KEY (`gpoda_id`) REFERENCES `gpo_device_authorization` (`gpoda_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_dpop`
--

DROP TABLE IF EXISTS `gpo_dpop`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_dpop` (
  `gpod_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpod_plugin_name` varchar(256) NOT NULL,
  `gpod_client_id` varchar(256) NOT NULL,
  `gpod_jti_hash` varchar(512) NOT NULL,
  `gpod_jkt` varchar(512) NOT NULL,
  `gpod_htm` varchar(128) NOT NULL,
  `gpod_htu` varchar(512) NOT NULL,
  `gpod_iat` timestamp NOT NULL,
  `gpod_last_seen` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`gpod_id`),
  KEY `i_gpod_jti_hash` (`gpod_jti_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_dpop_client_nonce`
--

DROP TABLE IF EXISTS `gpo_dpop_client_nonce`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_dpop_client_nonce` (
  `gpodcn_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpodcn_client_id` varchar(256) NOT NULL,
  `gpodcn_nonce` varchar(128) NOT NULL,
  `gpodcn_counter` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gpodcn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_id_token`
--

DROP TABLE IF EXISTS `gpo_id_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_id_token` (
  `gpoi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpoc_id` int(11) DEFAULT NULL,
  `gpor_id` int(11) DEFAULT NULL,
  `gpoi_plugin_name` varchar(256) NOT NULL,
  `gpoi_authorization_type` int(2) NOT NULL,
  `gpoi_username` varchar(256) DEFAULT NULL,
  `gpoi_client_id` varchar(256) DEFAULT NULL,
  `gpoi_issued_at` timestamp NULL DEFAULT current_timestamp(),
  `gpoi_issued_for` varchar(256) DEFAULT NULL,
  `gpoi_user_agent` varchar(256) DEFAULT NULL,
  `gpoi_hash` varchar(512) DEFAULT NULL,
  `gpoi_sid` varchar(128) DEFAULT NULL,
  `gpoi_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpoi_id`),
  KEY `gpoc_id` (`gpoc_id`),
  KEY `gpor_id` (`gpor_id`),
  KEY `i_gpoi_hash` (`gpoi_hash`),
  CONSTRAINT `gpo_id_token_ibfk_1` FOREIGN KEY (`gpoc_id`) REFERENCES `gpo_code` (`gpoc_id`) ON DELETE CASCADE,
  CONSTRAINT `gpo_id_token_ibfk_2` FOREIGN KEY (`gpor_id`) REFERENCES `gpo_refresh_token` (`gpor_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_par`
--

DROP TABLE IF EXISTS `gpo_par`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_par` (
  `gpop_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpop_plugin_name` varchar(256) NOT NULL,
  `gpop_response_type` varchar(128) NOT NULL,
  `gpop_state` blob DEFAULT NULL,
  `gpop_username` varchar(256) DEFAULT NULL,
  `gpop_client_id` varchar(256) NOT NULL,
  `gpop_redirect_uri` varchar(512) NOT NULL,
  `gpop_request_uri_hash` varchar(512) NOT NULL,
  `gpop_nonce` varchar(512) DEFAULT NULL,
  `gpop_code_challenge` varchar(128) DEFAULT NULL,
  `gpop_resource` varchar(512) DEFAULT NULL,
  `gpop_dpop_jkt` varchar(512) DEFAULT NULL,
  `gpop_claims_request` blob DEFAULT NULL,
  `gpop_authorization_details` blob DEFAULT NULL,
  `gpop_additional_parameters` blob DEFAULT NULL,
  `gpop_status` tinyint(1) DEFAULT 0,
  `gpop_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpop_issued_for` varchar(256) DEFAULT NULL,
  `gpop_user_agent` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`gpop_id`),
  KEY `i_gpop_client_id` (`gpop_client_id`),
  KEY `i_gpop_request_uri_hash` (`gpop_request_uri_hash`),
  KEY `i_gpop_code_challenge` (`gpop_code_challenge`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_par_scope`
--

DROP TABLE IF EXISTS `gpo_par_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_par_scope` (
  `gpops_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpop_id` int(11) DEFAULT NULL,
  `gpops_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpops_id`),
  KEY `gpop_id` (`gpop_id`),
  CONSTRAINT `gpo_par_scope_ibfk_1` FOREIGN KEY (`gpop_id`) REFERENCES `gpo_par` (`gpop_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_rar`
--

DROP TABLE IF EXISTS `gpo_rar`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_rar` (
  `gporar_id` int(11) NOT NULL AUTO_INCREMENT,
  `gporar_plugin_name` varchar(256) NOT NULL,
  `gporar_client_id` varchar(256) NOT NULL,
  `gporar_type` varchar(256) NOT NULL,
  `gporar_username` varchar(256) DEFAULT NULL,
  `gporar_consent` tinyint(1) DEFAULT 0,
  `gporar_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gporar_id`),
  KEY `i_gporar_client_id` (`gporar_client_id`),
  KEY `i_gporar_type` (`gporar_type`),
  KEY `i_gporar_username` (`gporar_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_refresh_token`
--

DROP TABLE IF EXISTS `gpo_refresh_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_refresh_token` (
  `gpor_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpor_plugin_name` varchar(256) NOT NULL,
  `gpor_authorization_type` int(2) NOT NULL,
  `gpoc_id` int(11) DEFAULT NULL,
  `gpor_username` varchar(256) NOT NULL,
  `gpor_client_id` varchar(256) DEFAULT NULL,
  `gpor_resource` varchar(512) DEFAULT NULL,
  `gpor_claims_request` blob DEFAULT NULL,
  `gpor_authorization_details` blob DEFAULT NULL,
  `gpor_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpor_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpor_last_seen` timestamp NOT NULL DEFAULT current_timestamp(),
  `gpor_duration` int(11) DEFAULT NULL,
  `gpor_rolling_expiration` tinyint(1) DEFAULT 0,
  `gpor_issued_for` varchar(256) DEFAULT NULL,
  `gpor_user_agent` varchar(256) DEFAULT NULL,
  `gpor_token_hash` varchar(512) NOT NULL,
  `gpor_jti` varchar(128) DEFAULT NULL,
  `gpor_dpop_jkt` varchar(512) DEFAULT NULL,
  `gpor_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gpor_id`),
  KEY `gpoc_id` (`gpoc_id`),
  KEY `i_gpor_token_hash` (`gpor_token_hash`),
  KEY `i_gpor_jti` (`gpor_jti`),
  CONSTRAINT `gpo_refresh_token_ibfk_1` FOREIGN KEY (`gpoc_id`) REFERENCES `gpo_code` (`gpoc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_refresh_token_scope`
--

DROP TABLE IF EXISTS `gpo_refresh_token_scope`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_refresh_token_scope` (
  `gpors_id` int(11) NOT NULL AUTO_INCREMENT,
  `gpor_id` int(11) DEFAULT NULL,
  `gpors_scope` varchar(128) NOT NULL,
  PRIMARY KEY (`gpors_id`),
  KEY `gpor_id` (`gpor_id`),
  CONSTRAINT `gpo_refresh_token_scope_ibfk_1` FOREIGN KEY (`gpor_id`) REFERENCES `gpo_refresh_token` (`gpor_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpo_subject_identifier`
--

DROP TABLE IF EXISTS `gpo_subject_identifier`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpo_subject_identifier` (
  `gposi_id` int(11) NOT NULL AUTO_INCREMENT,
  `gposi_plugin_name` varchar(256) NOT NULL,
  `gposi_username` varchar(256) NOT NULL,
  `gposi_client_id` varchar(256) DEFAULT NULL,
  `gposi_sector_identifier_uri` varchar(256) DEFAULT NULL,
  `gposi_sub` varchar(256) NOT NULL,
  PRIMARY KEY (`gposi_id`),
  KEY `i_gposi_sub` (`gposi_sub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpr_reset_credentials_email`
--

DROP TABLE IF EXISTS `gpr_reset_credentials_email`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpr_reset_credentials_email` (
  `gprrct_id` int(11) NOT NULL AUTO_INCREMENT,
  `gprrct_plugin_name` varchar(256) NOT NULL,
  `gprrct_username` varchar(256) NOT NULL,
  `gprrct_token_hash` varchar(512) DEFAULT NULL,
  `gprrct_callback_url` blob DEFAULT NULL,
  `gprrct_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gprrct_issued_for` varchar(256) DEFAULT NULL,
  `gprrct_user_agent` varchar(256) DEFAULT NULL,
  `gprrct_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gprrct_id`),
  KEY `i_gprrct_token_hash` (`gprrct_token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpr_reset_credentials_session`
--

DROP TABLE IF EXISTS `gpr_reset_credentials_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpr_reset_credentials_session` (
  `gprrcs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gprrcs_plugin_name` varchar(256) NOT NULL,
  `gprrcs_username` varchar(256) NOT NULL,
  `gprrcs_session_hash` varchar(512) DEFAULT NULL,
  `gprrcs_callback_url` blob DEFAULT NULL,
  `gprrcs_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gprrcs_issued_for` varchar(256) DEFAULT NULL,
  `gprrcs_user_agent` varchar(256) DEFAULT NULL,
  `gprrcs_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gprrcs_id`),
  KEY `i_gprrcs_session_hash` (`gprrcs_session_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpr_session`
--

DROP TABLE IF EXISTS `gpr_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpr_session` (
  `gprs_id` int(11) NOT NULL AUTO_INCREMENT,
  `gprs_plugin_name` varchar(256) NOT NULL,
  `gprs_username` varchar(256) NOT NULL,
  `gprs_name` varchar(512) DEFAULT NULL,
  `gprs_email` varchar(512) DEFAULT NULL,
  `gprs_code_hash` varchar(512) DEFAULT NULL,
  `gprs_callback_url` blob DEFAULT NULL,
  `gprs_password_set` tinyint(1) DEFAULT 0,
  `gprs_session_hash` varchar(512) DEFAULT NULL,
  `gprs_token_hash` varchar(512) DEFAULT NULL,
  `gprs_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gprs_issued_for` varchar(256) DEFAULT NULL,
  `gprs_user_agent` varchar(256) DEFAULT NULL,
  `gprs_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gprs_id`),
  KEY `i_gprs_session_hash` (`gprs_session_hash`),
  KEY `i_gprs_gprs_token_hash` (`gprs_token_hash`),
  KEY `i_gprs_gprs_gprs_code_hash` (`gprs_code_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gpr_update_email`
--

DROP TABLE IF EXISTS `gpr_update_email`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gpr_update_email` (
  `gprue_id` int(11) NOT NULL AUTO_INCREMENT,
  `gprue_plugin_name` varchar(256) NOT NULL,
  `gprue_username` varchar(256) NOT NULL,
  `gprue_email` varchar(512) DEFAULT NULL,
  `gprue_token_hash` varchar(512) DEFAULT NULL,
  `gprue_expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gprue_issued_for` varchar(256) DEFAULT NULL,
  `gprue_user_agent` varchar(256) DEFAULT NULL,
  `gprue_enabled` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`gprue_id`),
  KEY `i_gprue_token_hash` (`gprue_token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_code`
--

DROP TABLE IF EXISTS `gs_code`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_code` (
  `gsc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gsc_mod_name` varchar(128) NOT NULL,
  `gsc_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gsc_username` varchar(128) NOT NULL,
  `gsc_enabled` tinyint(1) DEFAULT 1,
  `gsc_code_hash` varchar(128) DEFAULT NULL,
  `gsc_result` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gsc_id`),
  KEY `i_gssc_username` (`gsc_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_oauth2_registration`
--

DROP TABLE IF EXISTS `gs_oauth2_registration`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_oauth2_registration` (
  `gsor_id` int(11) NOT NULL AUTO_INCREMENT,
  `gsor_mod_name` varchar(128) NOT NULL,
  `gsor_provider` varchar(128) NOT NULL,
  `gsor_created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gsor_username` varchar(128) NOT NULL,
  `gsor_userinfo_sub` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`gsor_id`),
  KEY `i_gsor_username` (`gsor_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_oauth2_session`
--

DROP TABLE IF EXISTS `gs_oauth2_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_oauth2_session` (
  `gsos_id` int(11) NOT NULL AUTO_INCREMENT,
  `gsor_id` int(11) DEFAULT NULL,
  `gsos_created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gsos_expires_at` timestamp NULL DEFAULT NULL,
  `gsos_state` text NOT NULL,
  `gsos_session_export` text DEFAULT NULL,
  `gsos_status` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gsos_id`),
  KEY `gsor_id` (`gsor_id`),
  CONSTRAINT `gs_oauth2_session_ibfk_1` FOREIGN KEY (`gsor_id`) REFERENCES `gs_oauth2_registration` (`gsor_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_otp`
--

DROP TABLE IF EXISTS `gs_otp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_otp` (
  `gso_id` int(11) NOT NULL AUTO_INCREMENT,
  `gso_mod_name` varchar(128) NOT NULL,
  `gso_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gso_last_used` timestamp NOT NULL DEFAULT current_timestamp(),
  `gso_username` varchar(128) NOT NULL,
  `gso_otp_type` tinyint(1) DEFAULT 0,
  `gso_secret` varchar(128) NOT NULL,
  `gso_hotp_moving_factor` int(11) DEFAULT NULL,
  `gso_totp_time_step_size` int(11) DEFAULT NULL,
  PRIMARY KEY (`gso_id`),
  KEY `i_gsso_username` (`gso_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_user_certificate`
--

DROP TABLE IF EXISTS `gs_user_certificate`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_user_certificate` (
  `gsuc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gsuc_mod_name` varchar(128) NOT NULL,
  `gsuc_username` varchar(128) NOT NULL,
  `gsuc_enabled` tinyint(1) DEFAULT 1,
  `gsuc_x509_certificate_content` blob DEFAULT NULL,
  `gsuc_x509_certificate_id` varchar(128) NOT NULL,
  `gsuc_x509_certificate_dn` varchar(512) NOT NULL,
  `gsuc_x509_certificate_issuer_dn` varchar(512) NOT NULL,
  `gsuc_activation` timestamp NOT NULL DEFAULT current_timestamp(),
  `gsuc_expiration` timestamp NULL DEFAULT current_timestamp(),
  `gsuc_last_used` timestamp NULL DEFAULT current_timestamp(),
  `gsuc_last_user_agent` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`gsuc_id`),
  KEY `i_gsuc_username` (`gsuc_username`),
  KEY `i_gsuc_x509_certificate_id` (`gsuc_x509_certificate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_webauthn_assertion`
--

DROP TABLE IF EXISTS `gs_webauthn_assertion`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_webauthn_assertion` (
  `gswa_id` int(11) NOT NULL AUTO_INCREMENT,
  `gswu_id` int(11) NOT NULL,
  `gswc_id` int(11) DEFAULT NULL,
  `gswa_session_hash` varchar(128) NOT NULL,
  `gswa_challenge_hash` varchar(128) DEFAULT NULL,
  `gswa_counter` int(11) DEFAULT 0,
  `gswa_issued_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gswa_status` tinyint(1) DEFAULT 0,
  `gswa_mock` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gswa_id`),
  KEY `gswu_id` (`gswu_id`),
  KEY `gswc_id` (`gswc_id`),
  KEY `i_gswa_session_hash` (`gswa_session_hash`),
  CONSTRAINT `gs_webauthn_assertion_ibfk_1` FOREIGN KEY (`gswu_id`) REFERENCES `gs_webauthn_user` (`gswu_id`) ON DELETE CASCADE,
  CONSTRAINT `gs_webauthn_assertion_ibfk_2` FOREIGN KEY (`gswc_id`) REFERENCES `gs_webauthn_credential` (`gswc_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_webauthn_credential`
--

DROP TABLE IF EXISTS `gs_webauthn_credential`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_webauthn_credential` (
  `gswc_id` int(11) NOT NULL AUTO_INCREMENT,
  `gswu_id` int(11) NOT NULL,
  `gswc_session_hash` varchar(128) NOT NULL,
  `gswc_name` varchar(128) DEFAULT NULL,
  `gswc_challenge_hash` varchar(128) DEFAULT NULL,
  `gswc_credential_id` varchar(256) DEFAULT NULL,
  `gswc_certificate` varchar(128) DEFAULT NULL,
  `gswc_public_key` text DEFAULT NULL,
  `gswc_counter` int(11) DEFAULT 0,
  `gswc_created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `gswc_status` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`gswc_id`),
  KEY `gswu_id` (`gswu_id`),
  KEY `i_gswc_credential_id` (`gswc_credential_id`),
  KEY `i_gswc_session_hash` (`gswc_session_hash`),
  CONSTRAINT `gs_webauthn_credential_ibfk_1` FOREIGN KEY (`gswu_id`) REFERENCES `gs_webauthn_user` (`gswu_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gs_webauthn_user`
--

DROP TABLE IF EXISTS `gs_webauthn_user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gs_webauthn_user` (
  `gswu_id` int(11) NOT NULL AUTO_INCREMENT,
  `gswu_mod_name` varchar(128) NOT NULL,
  `gswu_username` varchar(128) NOT NULL,
  `gswu_user_id` varchar(128) NOT NULL,
  PRIMARY KEY (`gswu_id`),
  KEY `i_gswu_username` (`gswu_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'glewlwyd'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  8:27:03
