/*M!999999\- enable the sandbox mode */ 
-- Schema of jabberd2 2.7.0 (Debian package jabberd2 2.7.0-4+b2, usr/share/doc/jabberd2/db-setup.mysql.gz), GNU GPL v2 or later (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: jabberd2
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
-- Table structure for table `active`
--

DROP TABLE IF EXISTS `active`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `active` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `authreg`
--

DROP TABLE IF EXISTS `authreg`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `authreg` (
  `username` text DEFAULT NULL,
  `realm` tinytext DEFAULT NULL,
  `password` tinytext DEFAULT NULL,
  KEY `username` (`username`(255)),
  KEY `realm` (`realm`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `logout`
--

DROP TABLE IF EXISTS `logout`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `logout` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `motd-message`
--

DROP TABLE IF EXISTS `motd-message`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `motd-message` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `xml` text DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `motd-times`
--

DROP TABLE IF EXISTS `motd-times`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `motd-times` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `time` int(11) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `privacy-default`
--

DROP TABLE IF EXISTS `privacy-default`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `privacy-default` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `default` text DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `privacy-items`
--

DROP TABLE IF EXISTS `privacy-items`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `privacy-items` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `list` text DEFAULT NULL,
  `type` text DEFAULT NULL,
  `value` text DEFAULT NULL,
  `deny` tinyint(4) DEFAULT NULL,
  `order` int(11) DEFAULT NULL,
  `block` int(11) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `private`
--

DROP TABLE IF EXISTS `private`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `private` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `ns` text DEFAULT NULL,
  `xml` mediumtext DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `queue`
--

DROP TABLE IF EXISTS `queue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queue` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `xml` mediumtext DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `roster-groups`
--

DROP TABLE IF EXISTS `roster-groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `roster-groups` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `jid` text DEFAULT NULL,
  `group` text DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `roster-items`
--

DROP TABLE IF EXISTS `roster-items`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `roster-items` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `jid` text DEFAULT NULL,
  `name` text DEFAULT NULL,
  `to` tinyint(4) DEFAULT NULL,
  `from` tinyint(4) DEFAULT NULL,
  `ask` int(11) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `status`
--

DROP TABLE IF EXISTS `status`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `status` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` text NOT NULL,
  `show` text NOT NULL,
  `last-login` int(11) DEFAULT 0,
  `last-logout` int(11) DEFAULT 0,
  `xml` text DEFAULT NULL,
  KEY `collection-owner` (`collection-owner`(255)),
  KEY `object-sequence` (`object-sequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `vacation-settings`
--

DROP TABLE IF EXISTS `vacation-settings`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `vacation-settings` (
  `collection-owner` text NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `start` int(11) DEFAULT NULL,
  `end` int(11) DEFAULT NULL,
  `message` text DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `vcard`
--

DROP TABLE IF EXISTS `vcard`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `vcard` (
  `collection-owner` varchar(255) NOT NULL,
  `object-sequence` bigint(20) NOT NULL AUTO_INCREMENT,
  `fn` varchar(255) DEFAULT NULL,
  `nickname` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `tel` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `jabberid` varchar(3071) DEFAULT NULL,
  `mailer` varchar(1023) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `bday` varchar(255) DEFAULT NULL,
  `tz` varchar(7) DEFAULT NULL,
  `n-family` varchar(255) DEFAULT NULL,
  `n-given` varchar(255) DEFAULT NULL,
  `n-middle` varchar(255) DEFAULT NULL,
  `n-prefix` varchar(255) DEFAULT NULL,
  `n-suffix` varchar(255) DEFAULT NULL,
  `adr-street` varchar(255) DEFAULT NULL,
  `adr-extadd` varchar(255) DEFAULT NULL,
  `adr-pobox` varchar(15) DEFAULT NULL,
  `adr-locality` varchar(255) DEFAULT NULL,
  `adr-region` varchar(255) DEFAULT NULL,
  `adr-pcode` varchar(31) DEFAULT NULL,
  `adr-country` varchar(63) DEFAULT NULL,
  `geo-lat` varchar(255) DEFAULT NULL,
  `geo-lon` varchar(255) DEFAULT NULL,
  `org-orgname` varchar(255) DEFAULT NULL,
  `org-orgunit` varchar(255) DEFAULT NULL,
  `agent-extval` varchar(255) DEFAULT NULL,
  `sort-string` varchar(255) DEFAULT NULL,
  `desc` text DEFAULT NULL,
  `note` text DEFAULT NULL,
  `uid` varchar(255) DEFAULT NULL,
  `photo-type` varchar(127) DEFAULT NULL,
  `photo-binval` text DEFAULT NULL,
  `photo-extval` varchar(255) DEFAULT NULL,
  `logo-type` varchar(127) DEFAULT NULL,
  `logo-binval` text DEFAULT NULL,
  `logo-extval` varchar(255) DEFAULT NULL,
  `sound-phonetic` varchar(255) DEFAULT NULL,
  `sound-binval` text DEFAULT NULL,
  `sound-extval` varchar(255) DEFAULT NULL,
  `key-type` varchar(127) DEFAULT NULL,
  `key-cred` text DEFAULT NULL,
  `rev` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`object-sequence`),
  KEY `collection-owner` (`collection-owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'jabberd2'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  8:53:19
