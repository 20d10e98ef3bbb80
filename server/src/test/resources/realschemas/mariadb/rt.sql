/*M!999999\- enable the sandbox mode */ 
-- Schema of Request Tracker 5.0.3 (Debian package request-tracker5 5.0.3+dfsg-3~deb12u7), Licensed under the GNU General Public License version 2 (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: rt
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
-- Table structure for table `ACL`
--

DROP TABLE IF EXISTS `ACL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ACL` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `PrincipalType` varchar(25) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `PrincipalId` int(11) NOT NULL DEFAULT 0,
  `RightName` varchar(25) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ObjectType` varchar(25) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ObjectId` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ACL1` (`RightName`,`ObjectType`,`ObjectId`,`PrincipalType`,`PrincipalId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Articles`
--

DROP TABLE IF EXISTS `Articles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Articles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL DEFAULT '',
  `Summary` varchar(255) NOT NULL DEFAULT '',
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Class` int(11) NOT NULL DEFAULT 0,
  `Parent` int(11) NOT NULL DEFAULT 0,
  `URI` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Disabled` int(2) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Assets`
--

DROP TABLE IF EXISTS `Assets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Assets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL DEFAULT '',
  `Catalog` int(11) NOT NULL DEFAULT 0,
  `Status` varchar(64) NOT NULL DEFAULT '',
  `Description` varchar(255) NOT NULL DEFAULT '',
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `AssetsName` (`Name`),
  KEY `AssetsStatus` (`Status`),
  KEY `AssetsCatalog` (`Catalog`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Attachments`
--

DROP TABLE IF EXISTS `Attachments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Attachments` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `TransactionId` bigint(20) NOT NULL,
  `Parent` bigint(20) NOT NULL DEFAULT 0,
  `MessageId` varchar(160) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Subject` varchar(255) DEFAULT NULL,
  `Filename` varchar(255) DEFAULT NULL,
  `ContentType` varchar(80) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `ContentEncoding` varchar(80) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Content` longblob DEFAULT NULL,
  `Headers` longtext DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Attachments2` (`TransactionId`),
  KEY `Attachments3` (`Parent`,`TransactionId`),
  KEY `Attachments4` (`Filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Attributes`
--

DROP TABLE IF EXISTS `Attributes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Attributes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `Content` longblob DEFAULT NULL,
  `ContentType` varchar(16) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `ObjectType` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `ObjectId` int(11) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Attributes1` (`Name`),
  KEY `Attributes2` (`ObjectType`,`ObjectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `AuthTokens`
--

DROP TABLE IF EXISTS `AuthTokens`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AuthTokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Owner` int(11) NOT NULL DEFAULT 0,
  `Token` varchar(256) DEFAULT NULL,
  `Description` varchar(255) NOT NULL DEFAULT '',
  `LastUsed` datetime DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `AuthTokensOwner` (`Owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `CachedGroupMembers`
--

DROP TABLE IF EXISTS `CachedGroupMembers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CachedGroupMembers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `GroupId` int(11) DEFAULT NULL,
  `MemberId` int(11) DEFAULT NULL,
  `Via` int(11) DEFAULT NULL,
  `ImmediateParentId` int(11) DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `DisGrouMem` (`GroupId`,`MemberId`,`Disabled`),
  KEY `CachedGroupMembers2` (`MemberId`,`GroupId`,`Disabled`),
  KEY `CachedGroupMembers3` (`MemberId`,`ImmediateParentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Catalogs`
--

DROP TABLE IF EXISTS `Catalogs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Catalogs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL DEFAULT '',
  `Lifecycle` varchar(32) NOT NULL DEFAULT 'assets',
  `Description` varchar(255) NOT NULL DEFAULT '',
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `CatalogsName` (`Name`),
  KEY `CatalogsDisabled` (`Disabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Classes`
--

DROP TABLE IF EXISTS `Classes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Classes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL DEFAULT '',
  `Description` varchar(255) NOT NULL DEFAULT '',
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Disabled` int(2) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Configurations`
--

DROP TABLE IF EXISTS `Configurations`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `Content` longblob DEFAULT NULL,
  `ContentType` varchar(80) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Configurations1` (`Name`,`Disabled`),
  KEY `Configurations2` (`Disabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `CustomFieldValues`
--

DROP TABLE IF EXISTS `CustomFieldValues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CustomFieldValues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `CustomField` int(11) NOT NULL,
  `Name` varchar(200) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Category` varchar(255) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `CustomFieldValues1` (`CustomField`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `CustomFields`
--

DROP TABLE IF EXISTS `CustomFields`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CustomFields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) DEFAULT NULL,
  `Type` varchar(200) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `RenderType` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `MaxValues` int(11) DEFAULT NULL,
  `Pattern` text DEFAULT NULL,
  `BasedOn` int(11) DEFAULT NULL,
  `ValuesClass` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `LookupType` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `EntryHint` varchar(255) DEFAULT NULL,
  `UniqueValues` smallint(6) NOT NULL DEFAULT 0,
  `CanonicalizeClass` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `CustomRoles`
--

DROP TABLE IF EXISTS `CustomRoles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CustomRoles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `MaxValues` int(11) DEFAULT NULL,
  `EntryHint` varchar(255) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `GroupMembers`
--

DROP TABLE IF EXISTS `GroupMembers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `GroupMembers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `GroupId` int(11) NOT NULL DEFAULT 0,
  `MemberId` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `GroupMembers1` (`GroupId`,`MemberId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Groups`
--

DROP TABLE IF EXISTS `Groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `Domain` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Instance` int(11) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Groups1` (`Domain`,`Name`,`Instance`),
  KEY `Groups2` (`Instance`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Links`
--

DROP TABLE IF EXISTS `Links`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Base` varchar(240) DEFAULT NULL,
  `Target` varchar(240) DEFAULT NULL,
  `Type` varchar(20) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `LocalTarget` int(11) NOT NULL DEFAULT 0,
  `LocalBase` int(11) NOT NULL DEFAULT 0,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Links2` (`Base`,`Type`),
  KEY `Links3` (`Target`,`Type`),
  KEY `Links4` (`Type`,`LocalBase`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectClasses`
--

DROP TABLE IF EXISTS `ObjectClasses`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectClasses` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Class` int(11) NOT NULL DEFAULT 0,
  `ObjectType` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `ObjectId` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectCustomFieldValues`
--

DROP TABLE IF EXISTS `ObjectCustomFieldValues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectCustomFieldValues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `CustomField` int(11) NOT NULL,
  `ObjectType` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ObjectId` bigint(20) NOT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Content` varchar(255) DEFAULT NULL,
  `LargeContent` longblob DEFAULT NULL,
  `ContentType` varchar(80) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `ContentEncoding` varchar(80) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ObjectCustomFieldValues1` (`Content`),
  KEY `ObjectCustomFieldValues2` (`CustomField`,`ObjectType`,`ObjectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectCustomFields`
--

DROP TABLE IF EXISTS `ObjectCustomFields`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectCustomFields` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `CustomField` int(11) NOT NULL,
  `ObjectId` int(11) NOT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ObjectCustomFields1` (`ObjectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectCustomRoles`
--

DROP TABLE IF EXISTS `ObjectCustomRoles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectCustomRoles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `CustomRole` int(11) NOT NULL,
  `ObjectId` int(11) NOT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ObjectCustomRoles1` (`ObjectId`,`CustomRole`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectScrips`
--

DROP TABLE IF EXISTS `ObjectScrips`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectScrips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Scrip` int(11) NOT NULL,
  `Stage` varchar(32) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT 'TransactionCreate',
  `ObjectId` int(11) NOT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ObjectScrips1` (`ObjectId`,`Scrip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ObjectTopics`
--

DROP TABLE IF EXISTS `ObjectTopics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ObjectTopics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Topic` int(11) NOT NULL DEFAULT 0,
  `ObjectType` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `ObjectId` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Principals`
--

DROP TABLE IF EXISTS `Principals`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Principals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `PrincipalType` varchar(16) NOT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Queues`
--

DROP TABLE IF EXISTS `Queues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Queues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `CorrespondAddress` varchar(120) DEFAULT NULL,
  `CommentAddress` varchar(120) DEFAULT NULL,
  `Lifecycle` varchar(32) DEFAULT NULL,
  `SubjectTag` varchar(120) DEFAULT NULL,
  `SortOrder` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `SLADisabled` smallint(6) NOT NULL DEFAULT 1,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Queues1` (`Name`),
  KEY `Queues2` (`Disabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ScripActions`
--

DROP TABLE IF EXISTS `ScripActions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ScripActions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `ExecModule` varchar(60) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Argument` varbinary(255) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ScripConditions`
--

DROP TABLE IF EXISTS `ScripConditions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ScripConditions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) DEFAULT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `ExecModule` varchar(60) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Argument` varbinary(255) DEFAULT NULL,
  `ApplicableTransTypes` varchar(60) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Scrips`
--

DROP TABLE IF EXISTS `Scrips`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Scrips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `ScripCondition` int(11) NOT NULL DEFAULT 0,
  `ScripAction` int(11) NOT NULL DEFAULT 0,
  `CustomIsApplicableCode` text DEFAULT NULL,
  `CustomPrepareCode` text DEFAULT NULL,
  `CustomCommitCode` text DEFAULT NULL,
  `Disabled` smallint(6) NOT NULL DEFAULT 0,
  `Template` varchar(200) NOT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Templates`
--

DROP TABLE IF EXISTS `Templates`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Queue` int(11) NOT NULL DEFAULT 0,
  `Name` varchar(200) NOT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `Type` varchar(16) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Content` text DEFAULT NULL,
  `LastUpdated` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Tickets`
--

DROP TABLE IF EXISTS `Tickets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Tickets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `EffectiveId` int(11) NOT NULL DEFAULT 0,
  `IsMerged` smallint(6) DEFAULT NULL,
  `Queue` int(11) NOT NULL DEFAULT 0,
  `Type` varchar(16) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Owner` int(11) NOT NULL DEFAULT 0,
  `Subject` varchar(200) DEFAULT '[no subject]',
  `InitialPriority` int(11) NOT NULL DEFAULT 0,
  `FinalPriority` int(11) NOT NULL DEFAULT 0,
  `Priority` int(11) NOT NULL DEFAULT 0,
  `TimeEstimated` int(11) NOT NULL DEFAULT 0,
  `TimeWorked` int(11) NOT NULL DEFAULT 0,
  `Status` varchar(64) DEFAULT NULL,
  `SLA` varchar(64) DEFAULT NULL,
  `TimeLeft` int(11) NOT NULL DEFAULT 0,
  `Told` datetime DEFAULT NULL,
  `Starts` datetime DEFAULT NULL,
  `Started` datetime DEFAULT NULL,
  `Due` datetime DEFAULT NULL,
  `Resolved` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Tickets1` (`Queue`,`Status`),
  KEY `Tickets2` (`Owner`),
  KEY `Tickets6` (`EffectiveId`,`Type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Topics`
--

DROP TABLE IF EXISTS `Topics`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Topics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Parent` int(11) NOT NULL DEFAULT 0,
  `Name` varchar(255) NOT NULL DEFAULT '',
  `Description` varchar(255) NOT NULL DEFAULT '',
  `ObjectType` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `ObjectId` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Transactions`
--

DROP TABLE IF EXISTS `Transactions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Transactions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ObjectType` varchar(64) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `ObjectId` int(11) NOT NULL DEFAULT 0,
  `TimeTaken` int(11) NOT NULL DEFAULT 0,
  `Type` varchar(20) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Field` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `OldValue` varchar(255) DEFAULT NULL,
  `NewValue` varchar(255) DEFAULT NULL,
  `ReferenceType` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `OldReference` int(11) DEFAULT NULL,
  `NewReference` int(11) DEFAULT NULL,
  `Data` varchar(255) DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Transactions1` (`ObjectType`,`ObjectId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Users`
--

DROP TABLE IF EXISTS `Users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `Name` varchar(200) NOT NULL,
  `Password` varchar(256) DEFAULT NULL,
  `AuthToken` varchar(16) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `Comments` text DEFAULT NULL,
  `Signature` text DEFAULT NULL,
  `EmailAddress` varchar(120) DEFAULT NULL,
  `FreeformContactInfo` text DEFAULT NULL,
  `Organization` varchar(200) DEFAULT NULL,
  `RealName` varchar(120) DEFAULT NULL,
  `NickName` varchar(16) DEFAULT NULL,
  `Lang` varchar(16) DEFAULT NULL,
  `Gecos` varchar(16) DEFAULT NULL,
  `HomePhone` varchar(30) DEFAULT NULL,
  `WorkPhone` varchar(30) DEFAULT NULL,
  `MobilePhone` varchar(30) DEFAULT NULL,
  `PagerPhone` varchar(30) DEFAULT NULL,
  `Address1` varchar(200) DEFAULT NULL,
  `Address2` varchar(200) DEFAULT NULL,
  `City` varchar(100) DEFAULT NULL,
  `State` varchar(100) DEFAULT NULL,
  `Zip` varchar(16) DEFAULT NULL,
  `Country` varchar(50) DEFAULT NULL,
  `Timezone` varchar(50) DEFAULT NULL,
  `SMIMECertificate` text DEFAULT NULL,
  `Creator` int(11) NOT NULL DEFAULT 0,
  `Created` datetime DEFAULT NULL,
  `LastUpdatedBy` int(11) NOT NULL DEFAULT 0,
  `LastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Users1` (`Name`),
  KEY `Users4` (`EmailAddress`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `sessions`
--

DROP TABLE IF EXISTS `sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sessions` (
  `id` char(32) NOT NULL,
  `a_session` longblob DEFAULT NULL,
  `LastUpdated` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'rt'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  1:25:58
