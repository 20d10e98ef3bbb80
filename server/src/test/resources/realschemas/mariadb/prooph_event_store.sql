/*M!999999\- enable the sandbox mode */ 
-- Schema of prooph/pdo-event-store (github.com/prooph/pdo-event-store, commit 3472adad347af44227020e08f3ff56d9e366761f), BSD 3-Clause (its LICENSE); see ../README.md for how it was made.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: prooph_event_store
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
-- Table structure for table `_4228e4a00331b5d5e751db0481828e22a2c3c8ef`
--

DROP TABLE IF EXISTS `_4228e4a00331b5d5e751db0481828e22a2c3c8ef`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_4228e4a00331b5d5e751db0481828e22a2c3c8ef` (
  `no` bigint(20) NOT NULL AUTO_INCREMENT,
  `event_id` char(36) NOT NULL,
  `event_name` varchar(100) NOT NULL,
  `payload` longtext NOT NULL,
  `metadata` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `aggregate_version` int(11) unsigned GENERATED ALWAYS AS (json_extract(`metadata`,'$._aggregate_version')) STORED,
  `aggregate_id` char(36) GENERATED ALWAYS AS (json_unquote(json_extract(`metadata`,'$._aggregate_id'))) STORED,
  `aggregate_type` varchar(150) GENERATED ALWAYS AS (json_unquote(json_extract(`metadata`,'$._aggregate_type'))) STORED,
  PRIMARY KEY (`no`),
  UNIQUE KEY `ix_event_id` (`event_id`),
  UNIQUE KEY `ix_unique_event` (`aggregate_type`,`aggregate_id`,`aggregate_version`),
  KEY `ix_query_aggregate` (`aggregate_type`,`aggregate_id`,`no`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`payload` is not null and json_valid(`payload`)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`metadata` is not null and json_valid(`metadata`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `_736efb20b5a19b47bd460c5970a4ad2677a49f12`
--

DROP TABLE IF EXISTS `_736efb20b5a19b47bd460c5970a4ad2677a49f12`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_736efb20b5a19b47bd460c5970a4ad2677a49f12` (
  `no` bigint(20) NOT NULL AUTO_INCREMENT,
  `event_id` char(36) NOT NULL,
  `event_name` varchar(100) NOT NULL,
  `payload` longtext NOT NULL,
  `metadata` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `aggregate_version` int(11) unsigned GENERATED ALWAYS AS (json_extract(`metadata`,'$._aggregate_version')) STORED,
  PRIMARY KEY (`no`),
  UNIQUE KEY `ix_event_id` (`event_id`),
  UNIQUE KEY `ix_aggregate_version` (`aggregate_version`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`payload` is not null and json_valid(`payload`)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`metadata` is not null and json_valid(`metadata`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `_9c1c029a45bdcbc6f73e1be775404efbd53627aa`
--

DROP TABLE IF EXISTS `_9c1c029a45bdcbc6f73e1be775404efbd53627aa`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_9c1c029a45bdcbc6f73e1be775404efbd53627aa` (
  `no` bigint(20) NOT NULL AUTO_INCREMENT,
  `event_id` char(36) NOT NULL,
  `event_name` varchar(100) NOT NULL,
  `payload` longtext NOT NULL,
  `metadata` longtext NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`no`),
  UNIQUE KEY `ix_event_id` (`event_id`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`payload` is not null and json_valid(`payload`)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`metadata` is not null and json_valid(`metadata`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `event_streams`
--

DROP TABLE IF EXISTS `event_streams`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `event_streams` (
  `no` bigint(20) NOT NULL AUTO_INCREMENT,
  `real_stream_name` varchar(150) NOT NULL,
  `stream_name` char(41) NOT NULL,
  `metadata` longtext NOT NULL,
  `category` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`no`),
  UNIQUE KEY `ix_rsn` (`real_stream_name`),
  KEY `ix_cat` (`category`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`metadata` is not null or json_valid(`metadata`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `projections`
--

DROP TABLE IF EXISTS `projections`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `projections` (
  `no` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `position` longtext DEFAULT NULL,
  `state` longtext DEFAULT NULL,
  `status` varchar(28) NOT NULL,
  `locked_until` char(26) DEFAULT NULL,
  PRIMARY KEY (`no`),
  UNIQUE KEY `ix_name` (`name`),
  CONSTRAINT `CONSTRAINT_1` CHECK (`position` is null or json_valid(`position`)),
  CONSTRAINT `CONSTRAINT_2` CHECK (`state` is null or json_valid(`state`))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'prooph_event_store'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  9:02:10
