/*M!999999\- enable the sandbox mode */ 
-- Schema of the Prelude SIEM's classic IDMEF store 14.8 (Debian package prelude-manager 5.2.0-2+b1, usr/share/dbconfig-common/data/prelude-manager/install/mysql), GNU GPL v2 or later (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: prelude
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
-- Table structure for table `Prelude_Action`
--

DROP TABLE IF EXISTS `Prelude_Action`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Action` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `category` enum('block-installed','notification-sent','taken-offline','other') NOT NULL,
  PRIMARY KEY (`_message_ident`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_AdditionalData`
--

DROP TABLE IF EXISTS `Prelude_AdditionalData`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_AdditionalData` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H') NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `type` enum('boolean','byte','character','date-time','integer','ntpstamp','portlist','real','string','byte-string','xml') NOT NULL,
  `meaning` varchar(255) DEFAULT NULL,
  `data` blob NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Address`
--

DROP TABLE IF EXISTS `Prelude_Address`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Address` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H','S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `category` enum('unknown','atm','e-mail','lotus-notes','mac','sna','vm','ipv4-addr','ipv4-addr-hex','ipv4-net','ipv4-net-mask','ipv6-addr','ipv6-addr-hex','ipv6-net','ipv6-net-mask') NOT NULL,
  `vlan_name` varchar(255) DEFAULT NULL,
  `vlan_num` int(10) unsigned DEFAULT NULL,
  `address` varchar(255) NOT NULL,
  `netmask` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`,`_index`),
  KEY `prelude_address_index_address` (`_parent_type`,`_parent0_index`,`_index`,`address`(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Alert`
--

DROP TABLE IF EXISTS `Prelude_Alert`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Alert` (
  `_ident` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `messageid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_ident`),
  KEY `prelude_alert_messageid` (`messageid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Alertident`
--

DROP TABLE IF EXISTS `Prelude_Alertident`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Alertident` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_index` int(11) NOT NULL,
  `_parent_type` enum('T','C') NOT NULL,
  `alertident` varchar(255) NOT NULL,
  `analyzerid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Analyzer`
--

DROP TABLE IF EXISTS `Prelude_Analyzer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Analyzer` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H') NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `analyzerid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `manufacturer` varchar(255) DEFAULT NULL,
  `model` varchar(255) DEFAULT NULL,
  `version` varchar(255) DEFAULT NULL,
  `class` varchar(255) DEFAULT NULL,
  `ostype` varchar(255) DEFAULT NULL,
  `osversion` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_index`),
  KEY `prelude_analyzer_analyzerid` (`_parent_type`,`_index`,`analyzerid`),
  KEY `prelude_analyzer_index_model` (`_parent_type`,`_index`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_AnalyzerTime`
--

DROP TABLE IF EXISTS `Prelude_AnalyzerTime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_AnalyzerTime` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H') NOT NULL,
  `time` datetime NOT NULL,
  `usec` int(10) unsigned NOT NULL,
  `gmtoff` int(11) NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`),
  KEY `prelude_analyzertime_index` (`_parent_type`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Assessment`
--

DROP TABLE IF EXISTS `Prelude_Assessment`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Assessment` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`_message_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Checksum`
--

DROP TABLE IF EXISTS `Prelude_Checksum`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Checksum` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `algorithm` enum('MD4','MD5','SHA1','SHA2-256','SHA2-384','SHA2-512','CRC-32','Haval','Tiger','Gost') NOT NULL,
  `value` varchar(255) NOT NULL,
  `checksum_key` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_parent1_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Classification`
--

DROP TABLE IF EXISTS `Prelude_Classification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Classification` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `text` varchar(255) NOT NULL,
  PRIMARY KEY (`_message_ident`),
  KEY `prelude_classification_index_text` (`text`(40))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Confidence`
--

DROP TABLE IF EXISTS `Prelude_Confidence`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Confidence` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `confidence` float DEFAULT NULL,
  `rating` enum('low','medium','high','numeric') NOT NULL,
  PRIMARY KEY (`_message_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_CorrelationAlert`
--

DROP TABLE IF EXISTS `Prelude_CorrelationAlert`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_CorrelationAlert` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`_message_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_CreateTime`
--

DROP TABLE IF EXISTS `Prelude_CreateTime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_CreateTime` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H') NOT NULL,
  `time` datetime NOT NULL,
  `usec` int(10) unsigned NOT NULL,
  `gmtoff` int(11) NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`),
  KEY `prelude_createtime_index` (`_parent_type`,`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_DetectTime`
--

DROP TABLE IF EXISTS `Prelude_DetectTime`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_DetectTime` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `time` datetime NOT NULL,
  `usec` int(10) unsigned NOT NULL,
  `gmtoff` int(11) NOT NULL,
  PRIMARY KEY (`_message_ident`),
  KEY `prelude_detecttime_index` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_File`
--

DROP TABLE IF EXISTS `Prelude_File`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_File` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `path` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `category` enum('current','original') DEFAULT NULL,
  `create_time` datetime DEFAULT NULL,
  `create_time_gmtoff` int(11) DEFAULT NULL,
  `modify_time` datetime DEFAULT NULL,
  `modify_time_gmtoff` int(11) DEFAULT NULL,
  `access_time` datetime DEFAULT NULL,
  `access_time_gmtoff` int(11) DEFAULT NULL,
  `data_size` int(10) unsigned DEFAULT NULL,
  `disk_size` int(10) unsigned DEFAULT NULL,
  `fstype` enum('ufs','efs','nfs','afs','ntfs','fat16','fat32','pcfs','joliet','iso9660') DEFAULT NULL,
  `file_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_FileAccess`
--

DROP TABLE IF EXISTS `Prelude_FileAccess`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_FileAccess` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_parent1_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_FileAccess_Permission`
--

DROP TABLE IF EXISTS `Prelude_FileAccess_Permission`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_FileAccess_Permission` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `_parent2_index` tinyint(4) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `permission` varchar(255) NOT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_parent1_index`,`_parent2_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Heartbeat`
--

DROP TABLE IF EXISTS `Prelude_Heartbeat`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Heartbeat` (
  `_ident` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `messageid` varchar(255) DEFAULT NULL,
  `heartbeat_interval` int(11) DEFAULT NULL,
  PRIMARY KEY (`_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Impact`
--

DROP TABLE IF EXISTS `Prelude_Impact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Impact` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `description` text DEFAULT NULL,
  `severity` enum('info','low','medium','high') DEFAULT NULL,
  `completion` enum('failed','succeeded') DEFAULT NULL,
  `type` enum('admin','dos','file','recon','user','other') NOT NULL,
  PRIMARY KEY (`_message_ident`),
  KEY `prelude_impact_index_severity` (`severity`),
  KEY `prelude_impact_index_completion` (`completion`),
  KEY `prelude_impact_index_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Inode`
--

DROP TABLE IF EXISTS `Prelude_Inode`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Inode` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `change_time` datetime DEFAULT NULL,
  `change_time_gmtoff` int(11) DEFAULT NULL,
  `number` int(10) unsigned DEFAULT NULL,
  `major_device` int(10) unsigned DEFAULT NULL,
  `minor_device` int(10) unsigned DEFAULT NULL,
  `c_major_device` int(10) unsigned DEFAULT NULL,
  `c_minor_device` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_parent1_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Linkage`
--

DROP TABLE IF EXISTS `Prelude_Linkage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Linkage` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `category` enum('hard-link','mount-point','reparse-point','shortcut','stream','symbolic-link') NOT NULL,
  `name` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  PRIMARY KEY (`_message_ident`,`_parent0_index`,`_parent1_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Node`
--

DROP TABLE IF EXISTS `Prelude_Node`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Node` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H','S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `category` enum('unknown','ads','afs','coda','dfs','dns','hosts','kerberos','nds','nis','nisplus','nt','wfw') DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`),
  KEY `prelude_node_index_location` (`_parent_type`,`_parent0_index`,`location`(20)),
  KEY `prelude_node_index_name` (`_parent_type`,`_parent0_index`,`name`(20))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_OverflowAlert`
--

DROP TABLE IF EXISTS `Prelude_OverflowAlert`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_OverflowAlert` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `program` varchar(255) NOT NULL,
  `size` int(10) unsigned DEFAULT NULL,
  `buffer` blob DEFAULT NULL,
  PRIMARY KEY (`_message_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Process`
--

DROP TABLE IF EXISTS `Prelude_Process`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Process` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H','S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `pid` int(10) unsigned DEFAULT NULL,
  `path` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_ProcessArg`
--

DROP TABLE IF EXISTS `Prelude_ProcessArg`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_ProcessArg` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H','S','T') NOT NULL DEFAULT 'A',
  `_parent0_index` smallint(6) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `arg` varchar(255) NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_ProcessEnv`
--

DROP TABLE IF EXISTS `Prelude_ProcessEnv`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_ProcessEnv` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('A','H','S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `env` varchar(255) NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Reference`
--

DROP TABLE IF EXISTS `Prelude_Reference`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Reference` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `origin` enum('unknown','vendor-specific','user-specific','bugtraqid','cve','osvdb') NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `meaning` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_index`),
  KEY `prelude_reference_index_name` (`name`(40))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Service`
--

DROP TABLE IF EXISTS `Prelude_Service`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Service` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `ip_version` tinyint(3) unsigned DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `port` smallint(5) unsigned DEFAULT NULL,
  `iana_protocol_number` tinyint(3) unsigned DEFAULT NULL,
  `iana_protocol_name` varchar(255) DEFAULT NULL,
  `portlist` varchar(255) DEFAULT NULL,
  `protocol` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`),
  KEY `prelude_service_index_protocol_port` (`_parent_type`,`_parent0_index`,`protocol`(10),`port`),
  KEY `prelude_service_index_protocol_name` (`_parent_type`,`_parent0_index`,`protocol`(10),`name`(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_SnmpService`
--

DROP TABLE IF EXISTS `Prelude_SnmpService`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_SnmpService` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `snmp_oid` varchar(255) DEFAULT NULL,
  `message_processing_model` int(10) unsigned DEFAULT NULL,
  `security_model` int(10) unsigned DEFAULT NULL,
  `security_name` varchar(255) DEFAULT NULL,
  `security_level` int(10) unsigned DEFAULT NULL,
  `context_name` varchar(255) DEFAULT NULL,
  `context_engine_id` varchar(255) DEFAULT NULL,
  `command` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Source`
--

DROP TABLE IF EXISTS `Prelude_Source`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Source` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `spoofed` enum('unknown','yes','no') NOT NULL,
  `interface` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_Target`
--

DROP TABLE IF EXISTS `Prelude_Target`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_Target` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `decoy` enum('unknown','yes','no') NOT NULL,
  `interface` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_ToolAlert`
--

DROP TABLE IF EXISTS `Prelude_ToolAlert`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_ToolAlert` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `command` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_message_ident`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_User`
--

DROP TABLE IF EXISTS `Prelude_User`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_User` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `category` enum('unknown','application','os-device') NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_UserId`
--

DROP TABLE IF EXISTS `Prelude_UserId`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_UserId` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T','F') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_parent1_index` tinyint(4) NOT NULL,
  `_parent2_index` tinyint(4) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `ident` varchar(255) DEFAULT NULL,
  `type` enum('current-user','original-user','target-user','user-privs','current-group','group-privs','other-privs') NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `tty` varchar(255) DEFAULT NULL,
  `number` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`,`_parent1_index`,`_parent2_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_WebService`
--

DROP TABLE IF EXISTS `Prelude_WebService`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_WebService` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `url` varchar(255) NOT NULL,
  `cgi` varchar(255) DEFAULT NULL,
  `http_method` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Prelude_WebServiceArg`
--

DROP TABLE IF EXISTS `Prelude_WebServiceArg`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Prelude_WebServiceArg` (
  `_message_ident` bigint(20) unsigned NOT NULL,
  `_parent_type` enum('S','T') NOT NULL,
  `_parent0_index` smallint(6) NOT NULL,
  `_index` tinyint(4) NOT NULL,
  `arg` varchar(255) NOT NULL,
  PRIMARY KEY (`_parent_type`,`_message_ident`,`_parent0_index`,`_index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `_format`
--

DROP TABLE IF EXISTS `_format`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_format` (
  `name` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  `uuid` varchar(23) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'realhunt_prelude'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06 11:40:39
