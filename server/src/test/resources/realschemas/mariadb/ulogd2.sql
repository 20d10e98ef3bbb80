/*M!999999\- enable the sandbox mode */ 
-- Schema of ulogd2 2.0.8 (Debian package ulogd2 2.0.8-1, usr/share/doc/ulogd2/mysql-ulogd2.sql.gz), GNU GPL v2 (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: ulogd2
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
-- Table structure for table `_extensions`
--

DROP TABLE IF EXISTS `_extensions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_extensions` (
  `ext_id` int(8) unsigned NOT NULL AUTO_INCREMENT,
  `ext_name` varchar(64) NOT NULL,
  `table_name` varchar(64) NOT NULL,
  `join_name` varchar(64) NOT NULL,
  UNIQUE KEY `ext_id` (`ext_id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `_format`
--

DROP TABLE IF EXISTS `_format`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `_format` (
  `version` int(4) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `conntrack`
--

DROP TABLE IF EXISTS `conntrack`;
/*!50001 DROP VIEW IF EXISTS `conntrack`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `conntrack` AS SELECT
 NULL AS `_ct_id`,
 NULL AS `oob_family`,
 NULL AS `orig_ip_saddr_bin`,
 NULL AS `orig_ip_daddr_bin`,
 NULL AS `orig_ip_protocol`,
 NULL AS `orig_l4_sport`,
 NULL AS `orig_l4_dport`,
 NULL AS `orig_raw_pktlen`,
 NULL AS `orig_raw_pktcount`,
 NULL AS `reply_ip_saddr_bin`,
 NULL AS `reply_ip_daddr_bin`,
 NULL AS `reply_ip_protocol`,
 NULL AS `reply_l4_sport`,
 NULL AS `reply_l4_dport`,
 NULL AS `reply_raw_pktlen`,
 NULL AS `reply_raw_pktcount`,
 NULL AS `icmp_code`,
 NULL AS `icmp_type`,
 NULL AS `ct_mark`,
 NULL AS `flow_start_sec`,
 NULL AS `flow_start_usec`,
 NULL AS `flow_end_sec`,
 NULL AS `flow_end_usec` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `hwhdr`
--

DROP TABLE IF EXISTS `hwhdr`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `hwhdr` (
  `_hw_id` bigint(20) unsigned NOT NULL,
  `raw_type` int(10) unsigned DEFAULT NULL,
  `raw_header` varchar(255) DEFAULT NULL,
  UNIQUE KEY `_hw_id` (`_hw_id`),
  KEY `raw_type` (`raw_type`),
  KEY `raw_header` (`raw_header`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icmp`
--

DROP TABLE IF EXISTS `icmp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icmp` (
  `_icmp_id` bigint(20) unsigned NOT NULL,
  `icmp_type` tinyint(3) unsigned DEFAULT NULL,
  `icmp_code` tinyint(3) unsigned DEFAULT NULL,
  `icmp_echoid` smallint(5) unsigned DEFAULT NULL,
  `icmp_echoseq` smallint(5) unsigned DEFAULT NULL,
  `icmp_gateway` int(10) unsigned DEFAULT NULL,
  `icmp_fragmtu` smallint(5) unsigned DEFAULT NULL,
  UNIQUE KEY `key_icmp_id` (`_icmp_id`),
  KEY `index_icmp_id` (`_icmp_id`),
  CONSTRAINT `_icmp_id` FOREIGN KEY (`_icmp_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `icmpv6`
--

DROP TABLE IF EXISTS `icmpv6`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `icmpv6` (
  `_icmpv6_id` bigint(20) unsigned NOT NULL,
  `icmpv6_type` tinyint(3) unsigned DEFAULT NULL,
  `icmpv6_code` tinyint(3) unsigned DEFAULT NULL,
  `icmpv6_echoid` smallint(5) unsigned DEFAULT NULL,
  `icmpv6_echoseq` smallint(5) unsigned DEFAULT NULL,
  `icmpv6_csum` int(10) unsigned DEFAULT NULL,
  UNIQUE KEY `key_icmpv6_id` (`_icmpv6_id`),
  KEY `index_icmpv6_id` (`_icmpv6_id`),
  CONSTRAINT `_icmpv6_id` FOREIGN KEY (`_icmpv6_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ip_proto`
--

DROP TABLE IF EXISTS `ip_proto`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ip_proto` (
  `_proto_id` int(10) unsigned NOT NULL,
  `proto_name` varchar(16) DEFAULT NULL,
  `proto_desc` varchar(255) DEFAULT NULL,
  UNIQUE KEY `_proto_id` (`_proto_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `mac`
--

DROP TABLE IF EXISTS `mac`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mac` (
  `_mac_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `mac_saddr` varchar(32) DEFAULT NULL,
  `mac_daddr` varchar(32) DEFAULT NULL,
  `mac_protocol` smallint(5) DEFAULT NULL,
  UNIQUE KEY `key_id` (`_mac_id`),
  UNIQUE KEY `mac_addr` (`mac_saddr`,`mac_daddr`,`mac_protocol`),
  KEY `index_mac_id` (`_mac_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nufw`
--

DROP TABLE IF EXISTS `nufw`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nufw` (
  `_nufw_id` bigint(20) unsigned NOT NULL,
  `username` varchar(30) DEFAULT NULL,
  `user_id` smallint(5) unsigned DEFAULT NULL,
  `client_os` varchar(100) DEFAULT NULL,
  `client_app` varchar(256) DEFAULT NULL,
  UNIQUE KEY `_nufw_id` (`_nufw_id`),
  KEY `index_nufw_id` (`_nufw_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `nufw_ibfk_1` FOREIGN KEY (`_nufw_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `nulog`
--

DROP TABLE IF EXISTS `nulog`;
/*!50001 DROP VIEW IF EXISTS `nulog`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `nulog` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_tcp_id`,
 NULL AS `tcp_sport`,
 NULL AS `tcp_dport`,
 NULL AS `tcp_seq`,
 NULL AS `tcp_ackseq`,
 NULL AS `tcp_window`,
 NULL AS `tcp_urg`,
 NULL AS `tcp_urgp`,
 NULL AS `tcp_ack`,
 NULL AS `tcp_psh`,
 NULL AS `tcp_rst`,
 NULL AS `tcp_syn`,
 NULL AS `tcp_fin`,
 NULL AS `_udp_id`,
 NULL AS `udp_sport`,
 NULL AS `udp_dport`,
 NULL AS `udp_len`,
 NULL AS `_icmp_id`,
 NULL AS `icmp_type`,
 NULL AS `icmp_code`,
 NULL AS `icmp_echoid`,
 NULL AS `icmp_echoseq`,
 NULL AS `icmp_gateway`,
 NULL AS `icmp_fragmtu`,
 NULL AS `_mac_id`,
 NULL AS `mac_saddr`,
 NULL AS `mac_daddr`,
 NULL AS `mac_protocol`,
 NULL AS `_nufw_id`,
 NULL AS `username`,
 NULL AS `user_id`,
 NULL AS `client_os`,
 NULL AS `client_app`,
 NULL AS `_state_id`,
 NULL AS `state` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `sctp`
--

DROP TABLE IF EXISTS `sctp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `sctp` (
  `_sctp_id` bigint(20) unsigned NOT NULL,
  `sctp_sport` int(5) unsigned DEFAULT NULL,
  `sctp_dport` int(5) unsigned DEFAULT NULL,
  `sctp_csum` int(5) unsigned DEFAULT NULL,
  UNIQUE KEY `_sctp_id` (`_sctp_id`),
  KEY `index_sctp_id` (`_sctp_id`),
  KEY `sctp_sport` (`sctp_sport`),
  KEY `sctp_dport` (`sctp_dport`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `state_t`
--

DROP TABLE IF EXISTS `state_t`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `state_t` (
  `_state_id` bigint(20) unsigned NOT NULL,
  `state` tinyint(3) unsigned DEFAULT NULL,
  UNIQUE KEY `_state_id` (`_state_id`),
  KEY `index_state_id` (`_state_id`),
  KEY `state` (`state`),
  CONSTRAINT `state_t_ibfk_1` FOREIGN KEY (`_state_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tcp`
--

DROP TABLE IF EXISTS `tcp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tcp` (
  `_tcp_id` bigint(20) unsigned NOT NULL,
  `tcp_sport` int(5) unsigned DEFAULT NULL,
  `tcp_dport` int(5) unsigned DEFAULT NULL,
  `tcp_seq` int(10) unsigned DEFAULT NULL,
  `tcp_ackseq` int(10) unsigned DEFAULT NULL,
  `tcp_window` int(5) unsigned DEFAULT NULL,
  `tcp_urg` tinyint(4) DEFAULT NULL,
  `tcp_urgp` int(5) unsigned DEFAULT NULL,
  `tcp_ack` tinyint(4) DEFAULT NULL,
  `tcp_psh` tinyint(4) DEFAULT NULL,
  `tcp_rst` tinyint(4) DEFAULT NULL,
  `tcp_syn` tinyint(4) DEFAULT NULL,
  `tcp_fin` tinyint(4) DEFAULT NULL,
  UNIQUE KEY `_tcp_id` (`_tcp_id`),
  KEY `index_tcp_id` (`_tcp_id`),
  KEY `tcp_sport` (`tcp_sport`),
  KEY `tcp_dport` (`tcp_dport`),
  CONSTRAINT `_tcp_id` FOREIGN KEY (`_tcp_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `udp`
--

DROP TABLE IF EXISTS `udp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `udp` (
  `_udp_id` bigint(20) unsigned NOT NULL,
  `udp_sport` int(5) unsigned DEFAULT NULL,
  `udp_dport` int(5) unsigned DEFAULT NULL,
  `udp_len` int(5) unsigned DEFAULT NULL,
  UNIQUE KEY `_udp_id` (`_udp_id`),
  KEY `index_udp_id` (`_udp_id`),
  KEY `udp_sport` (`udp_sport`),
  KEY `udp_dport` (`udp_dport`),
  CONSTRAINT `_udp_id` FOREIGN KEY (`_udp_id`) REFERENCES `ulog2` (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `ulog`
--

DROP TABLE IF EXISTS `ulog`;
/*!50001 DROP VIEW IF EXISTS `ulog`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `ulog` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr_bin`,
 NULL AS `ip_daddr_bin`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `tcp_sport`,
 NULL AS `tcp_dport`,
 NULL AS `tcp_seq`,
 NULL AS `tcp_ackseq`,
 NULL AS `tcp_window`,
 NULL AS `tcp_urg`,
 NULL AS `tcp_urgp`,
 NULL AS `tcp_ack`,
 NULL AS `tcp_psh`,
 NULL AS `tcp_rst`,
 NULL AS `tcp_syn`,
 NULL AS `tcp_fin`,
 NULL AS `udp_sport`,
 NULL AS `udp_dport`,
 NULL AS `udp_len`,
 NULL AS `icmp_type`,
 NULL AS `icmp_code`,
 NULL AS `icmp_echoid`,
 NULL AS `icmp_echoseq`,
 NULL AS `icmp_gateway`,
 NULL AS `icmp_fragmtu`,
 NULL AS `icmpv6_type`,
 NULL AS `icmpv6_code`,
 NULL AS `icmpv6_echoid`,
 NULL AS `icmpv6_echoseq`,
 NULL AS `icmpv6_csum`,
 NULL AS `raw_type`,
 NULL AS `mac_str`,
 NULL AS `mac_saddr_str`,
 NULL AS `mac_daddr_str`,
 NULL AS `oob_protocol`,
 NULL AS `raw_label`,
 NULL AS `sctp_sport`,
 NULL AS `sctp_dport`,
 NULL AS `sctp_csum` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `ulog2`
--

DROP TABLE IF EXISTS `ulog2`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ulog2` (
  `_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `oob_time_sec` int(10) unsigned DEFAULT NULL,
  `oob_time_usec` int(10) unsigned DEFAULT NULL,
  `oob_hook` tinyint(3) unsigned DEFAULT NULL,
  `oob_prefix` varchar(32) DEFAULT NULL,
  `oob_mark` int(10) unsigned DEFAULT NULL,
  `oob_in` varchar(32) DEFAULT NULL,
  `oob_out` varchar(32) DEFAULT NULL,
  `oob_family` tinyint(3) unsigned DEFAULT NULL,
  `ip_saddr` binary(16) DEFAULT NULL,
  `ip_daddr` binary(16) DEFAULT NULL,
  `ip_protocol` tinyint(3) unsigned DEFAULT NULL,
  `ip_tos` tinyint(3) unsigned DEFAULT NULL,
  `ip_ttl` tinyint(3) unsigned DEFAULT NULL,
  `ip_totlen` smallint(5) unsigned DEFAULT NULL,
  `ip_ihl` tinyint(3) unsigned DEFAULT NULL,
  `ip_csum` smallint(5) unsigned DEFAULT NULL,
  `ip_id` smallint(5) unsigned DEFAULT NULL,
  `ip_fragoff` smallint(5) unsigned DEFAULT NULL,
  `ip6_payloadlen` smallint(5) unsigned DEFAULT NULL,
  `ip6_priority` tinyint(3) unsigned DEFAULT NULL,
  `ip6_hoplimit` tinyint(3) unsigned DEFAULT NULL,
  `ip6_flowlabel` int(10) DEFAULT NULL,
  `ip6_fragoff` smallint(5) DEFAULT NULL,
  `ip6_fragid` int(10) unsigned DEFAULT NULL,
  `label` tinyint(3) unsigned DEFAULT NULL,
  `mac_id` bigint(20) unsigned DEFAULT NULL,
  `timestamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  UNIQUE KEY `key_id` (`_id`),
  KEY `index_id` (`_id`),
  KEY `oob_family` (`oob_family`),
  KEY `ip_saddr` (`ip_saddr`),
  KEY `ip_daddr` (`ip_daddr`),
  KEY `timestamp` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Table for IP packets';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ulog2_ct`
--

DROP TABLE IF EXISTS `ulog2_ct`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ulog2_ct` (
  `_ct_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `oob_family` tinyint(3) unsigned DEFAULT NULL,
  `orig_ip_saddr` binary(16) DEFAULT NULL,
  `orig_ip_daddr` binary(16) DEFAULT NULL,
  `orig_ip_protocol` tinyint(3) unsigned DEFAULT NULL,
  `orig_l4_sport` int(5) DEFAULT NULL,
  `orig_l4_dport` int(5) DEFAULT NULL,
  `orig_bytes` bigint(20) DEFAULT 0,
  `orig_packets` bigint(20) DEFAULT 0,
  `reply_ip_saddr` binary(16) DEFAULT NULL,
  `reply_ip_daddr` binary(16) DEFAULT NULL,
  `reply_ip_protocol` tinyint(3) unsigned DEFAULT NULL,
  `reply_l4_sport` int(5) DEFAULT NULL,
  `reply_l4_dport` int(5) DEFAULT NULL,
  `reply_bytes` bigint(20) DEFAULT 0,
  `reply_packets` bigint(20) DEFAULT 0,
  `icmp_code` tinyint(3) DEFAULT NULL,
  `icmp_type` tinyint(3) DEFAULT NULL,
  `ct_mark` bigint(20) DEFAULT 0,
  `flow_start_sec` int(10) DEFAULT 0,
  `flow_start_usec` int(10) DEFAULT 0,
  `flow_end_sec` int(10) DEFAULT 0,
  `flow_end_usec` int(10) DEFAULT 0,
  `state` tinyint(3) unsigned DEFAULT 0,
  UNIQUE KEY `_ct_id` (`_ct_id`),
  KEY `index_ct_id` (`_ct_id`),
  KEY `oob_family` (`oob_family`),
  KEY `orig_ip_saddr` (`orig_ip_saddr`),
  KEY `orig_ip_daddr` (`orig_ip_daddr`),
  KEY `orig_ip_protocol` (`orig_ip_protocol`),
  KEY `orig_l4_dport` (`orig_l4_dport`),
  KEY `orig_l4_sport` (`orig_l4_sport`),
  KEY `reply_ip_saddr` (`reply_ip_saddr`),
  KEY `reply_ip_daddr` (`reply_ip_daddr`),
  KEY `reply_ip_protocol` (`reply_ip_protocol`),
  KEY `reply_l4_dport` (`reply_l4_dport`),
  KEY `reply_l4_sport` (`reply_l4_sport`),
  KEY `state` (`state`),
  KEY `orig_tuple` (`orig_ip_saddr`,`orig_ip_daddr`,`orig_ip_protocol`,`orig_l4_sport`,`orig_l4_dport`),
  KEY `reply_tuple` (`reply_ip_saddr`,`reply_ip_daddr`,`reply_ip_protocol`,`reply_l4_sport`,`reply_l4_dport`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `view_icmp`
--

DROP TABLE IF EXISTS `view_icmp`;
/*!50001 DROP VIEW IF EXISTS `view_icmp`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_icmp` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_icmp_id`,
 NULL AS `icmp_type`,
 NULL AS `icmp_code`,
 NULL AS `icmp_echoid`,
 NULL AS `icmp_echoseq`,
 NULL AS `icmp_gateway`,
 NULL AS `icmp_fragmtu` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_icmpv6`
--

DROP TABLE IF EXISTS `view_icmpv6`;
/*!50001 DROP VIEW IF EXISTS `view_icmpv6`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_icmpv6` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_icmpv6_id`,
 NULL AS `icmpv6_type`,
 NULL AS `icmpv6_code`,
 NULL AS `icmpv6_echoid`,
 NULL AS `icmpv6_echoseq`,
 NULL AS `icmpv6_csum` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_nufw`
--

DROP TABLE IF EXISTS `view_nufw`;
/*!50001 DROP VIEW IF EXISTS `view_nufw`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_nufw` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_nufw_id`,
 NULL AS `username`,
 NULL AS `user_id`,
 NULL AS `client_os`,
 NULL AS `client_app` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_tcp`
--

DROP TABLE IF EXISTS `view_tcp`;
/*!50001 DROP VIEW IF EXISTS `view_tcp`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_tcp` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_tcp_id`,
 NULL AS `tcp_sport`,
 NULL AS `tcp_dport`,
 NULL AS `tcp_seq`,
 NULL AS `tcp_ackseq`,
 NULL AS `tcp_window`,
 NULL AS `tcp_urg`,
 NULL AS `tcp_urgp`,
 NULL AS `tcp_ack`,
 NULL AS `tcp_psh`,
 NULL AS `tcp_rst`,
 NULL AS `tcp_syn`,
 NULL AS `tcp_fin` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_tcp_quad`
--

DROP TABLE IF EXISTS `view_tcp_quad`;
/*!50001 DROP VIEW IF EXISTS `view_tcp_quad`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_tcp_quad` AS SELECT
 NULL AS `_id`,
 NULL AS `ip_saddr_str`,
 NULL AS `tcp_sport`,
 NULL AS `ip_daddr_str`,
 NULL AS `tcp_dport` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_udp`
--

DROP TABLE IF EXISTS `view_udp`;
/*!50001 DROP VIEW IF EXISTS `view_udp`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_udp` AS SELECT
 NULL AS `_id`,
 NULL AS `oob_time_sec`,
 NULL AS `oob_time_usec`,
 NULL AS `oob_hook`,
 NULL AS `oob_prefix`,
 NULL AS `oob_mark`,
 NULL AS `oob_in`,
 NULL AS `oob_out`,
 NULL AS `oob_family`,
 NULL AS `ip_saddr`,
 NULL AS `ip_daddr`,
 NULL AS `ip_protocol`,
 NULL AS `ip_tos`,
 NULL AS `ip_ttl`,
 NULL AS `ip_totlen`,
 NULL AS `ip_ihl`,
 NULL AS `ip_csum`,
 NULL AS `ip_id`,
 NULL AS `ip_fragoff`,
 NULL AS `ip6_payloadlen`,
 NULL AS `ip6_priority`,
 NULL AS `ip6_hoplimit`,
 NULL AS `ip6_flowlabel`,
 NULL AS `ip6_fragoff`,
 NULL AS `ip6_fragid`,
 NULL AS `label`,
 NULL AS `mac_id`,
 NULL AS `timestamp`,
 NULL AS `_udp_id`,
 NULL AS `udp_sport`,
 NULL AS `udp_dport`,
 NULL AS `udp_len` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `view_udp_quad`
--

DROP TABLE IF EXISTS `view_udp_quad`;
/*!50001 DROP VIEW IF EXISTS `view_udp_quad`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `view_udp_quad` AS SELECT
 NULL AS `_id`,
 NULL AS `ip_saddr_str`,
 NULL AS `udp_sport`,
 NULL AS `ip_daddr_str`,
 NULL AS `udp_dport` */;
SET character_set_client = @saved_cs_client;

--
-- Dumping routines for database 'ulogd2'
--
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `BIN_TO_IPV6` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `BIN_TO_IPV6`(_in binary(16)
                ) RETURNS varchar(64) CHARSET utf8mb4 COLLATE utf8mb4_general_ci
    DETERMINISTIC
    SQL SECURITY INVOKER
    COMMENT 'Convert binary ip to printable string'
BEGIN
	
	IF HEX(SUBSTRING(_in, 1, 12)) = '00000000000000000000FFFF' THEN
		RETURN CONCAT(
			'::ffff:',
			ASCII(SUBSTRING(_in, 13, 1)), '.',
			ASCII(SUBSTRING(_in, 14, 1)), '.',
			ASCII(SUBSTRING(_in, 15, 1)), '.',
			ASCII(SUBSTRING(_in, 16, 1))
		);
	END IF;
	
	RETURN LOWER(CONCAT(
		HEX(SUBSTRING(_in,  1, 2)), ':',
		HEX(SUBSTRING(_in,  3, 2)), ':',
		HEX(SUBSTRING(_in,  5, 2)), ':',
		HEX(SUBSTRING(_in,  7, 2)), ':',
		HEX(SUBSTRING(_in,  9, 2)), ':',
		HEX(SUBSTRING(_in, 11, 2)), ':',
		HEX(SUBSTRING(_in, 13, 2)), ':',
		HEX(SUBSTRING(_in, 15, 2))
	));
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `INSERT_CT` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `INSERT_CT`(`_oob_family` bigint,
		`_orig_ip_saddr` binary(16),
		`_orig_ip_daddr` binary(16),
		`_orig_ip_protocol` tinyint(3) unsigned,
		`_orig_l4_sport` int(5),
		`_orig_l4_dport` int(5),
		`_orig_bytes` bigint,
		`_orig_packets` bigint,
		`_reply_ip_saddr` binary(16),
		`_reply_ip_daddr` binary(16),
		`_reply_ip_protocol` tinyint(3) unsigned,
		`_reply_l4_sport` int(5),
		`_reply_l4_dport` int(5),
		`_reply_bytes` bigint,
		`_reply_packets` bigint,
		`_icmp_code` tinyint(3),
		`_icmp_type` tinyint(3),
		`_ct_mark` bigint,
		`_flow_start_sec` int(10),
		`_flow_start_usec` int(10),
		`_flow_end_sec` int(10),
		`_flow_end_usec` int(10)
		) RETURNS bigint(20) unsigned
    READS SQL DATA
BEGIN
	INSERT INTO ulog2_ct (oob_family, orig_ip_saddr, orig_ip_daddr, orig_ip_protocol,
		orig_l4_sport, orig_l4_dport, orig_bytes, orig_packets,
		reply_ip_saddr, reply_ip_daddr, reply_ip_protocol,
		reply_l4_sport, reply_l4_dport, reply_bytes, reply_packets,
		icmp_code, icmp_type, ct_mark, 
		flow_start_sec, flow_start_usec,
		flow_end_sec, flow_end_usec)
 	VALUES (_oob_family, _orig_ip_saddr, _orig_ip_daddr, _orig_ip_protocol,
		_orig_l4_sport, _orig_l4_dport, _orig_bytes, _orig_packets,
		_reply_ip_saddr, _reply_ip_daddr, _reply_ip_protocol,
		_reply_l4_sport, _reply_l4_dport, _reply_bytes, _reply_packets,
		_icmp_code, _icmp_type, _ct_mark,
		_flow_start_sec, _flow_start_usec,
		_flow_end_sec, _flow_end_usec);
	RETURN LAST_INSERT_ID();
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `INSERT_IP_PACKET` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `INSERT_IP_PACKET`(_oob_time_sec int(10) unsigned,
		_oob_time_usec int(10) unsigned,
		_oob_hook tinyint(3) unsigned,
		_oob_prefix varchar(32),
		_oob_mark int(10) unsigned,
		_oob_in varchar(32),
		_oob_out varchar(32),
		_oob_family tinyint(3) unsigned,
		_ip_saddr binary(16),
		_ip_daddr binary(16),
		_ip_protocol tinyint(3) unsigned
		) RETURNS bigint(20) unsigned
    READS SQL DATA
    SQL SECURITY INVOKER
BEGIN
	INSERT INTO ulog2 (oob_time_sec, oob_time_usec, oob_hook, oob_prefix, oob_mark, oob_in, oob_out, oob_family,
			   ip_saddr, ip_daddr, ip_protocol) VALUES
		(_oob_time_sec, _oob_time_usec, _oob_hook, _oob_prefix, _oob_mark, _oob_in, _oob_out, _oob_family,
		 _ip_saddr, _ip_daddr, _ip_protocol);
	RETURN LAST_INSERT_ID();
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `INSERT_IP_PACKET_FULL` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `INSERT_IP_PACKET_FULL`(_oob_time_sec int(10) unsigned,
		_oob_time_usec int(10) unsigned,
		_oob_hook tinyint(3) unsigned,
		_oob_prefix varchar(32),
		_oob_mark int(10) unsigned,
		_oob_in varchar(32),
		_oob_out varchar(32),
		_oob_family tinyint(3) unsigned,
		_ip_saddr binary(16),
		_ip_daddr binary(16),
		_ip_protocol tinyint(3) unsigned,
		_ip_tos tinyint(3) unsigned,
		_ip_ttl tinyint(3) unsigned,
		_ip_totlen smallint(5) unsigned,
		_ip_ihl tinyint(3) unsigned,
		_ip_csum smallint(5) unsigned,
		_ip_id smallint(5) unsigned,
		_ip_fragoff smallint(5) unsigned,
		_ip6_payloadlen smallint unsigned,
		_ip6_priority tinyint unsigned,
		_ip6_hoplimit tinyint unsigned,
		_ip6_flowlabel integer,
		_ip6_fragoff smallint,
		_ip6_fragid integer unsigned,
		_label tinyint(4) unsigned
		) RETURNS int(10) unsigned
    READS SQL DATA
    SQL SECURITY INVOKER
BEGIN
	INSERT INTO ulog2 (oob_time_sec, oob_time_usec, oob_hook, oob_prefix, oob_mark, oob_in, oob_out, oob_family,
			   ip_saddr, ip_daddr, ip_protocol, ip_tos, ip_ttl, ip_totlen, ip_ihl,
			   ip_csum, ip_id, ip_fragoff, ip6_payloadlen, ip6_priority, ip6_hoplimit, ip6_flowlabel,
			   ip6_fragoff, ip6_fragid, label ) VALUES
		(_oob_time_sec, _oob_time_usec, _oob_hook, _oob_prefix, _oob_mark, _oob_in, _oob_out, _oob_family,
		 _ip_saddr, _ip_daddr, _ip_protocol, _ip_tos, _ip_ttl, _ip_totlen, _ip_ihl,
		 _ip_csum, _ip_id, _ip_fragoff, _ip6_payloadlen, _ip6_priority, _ip6_hoplimit, _ip6_flowlabel,
		 _ip6_fragoff, _ip6_fragid, _label);
	RETURN LAST_INSERT_ID();
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `INSERT_OR_SELECT_MAC` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `INSERT_OR_SELECT_MAC`(`_saddr` varchar(32),
		`_daddr` varchar(32),
		`_protocol` smallint(5)
		) RETURNS bigint(20) unsigned
    READS SQL DATA
BEGIN
	INSERT IGNORE INTO mac (mac_saddr, mac_daddr, mac_protocol) VALUES (_saddr, _daddr, _protocol);
	SELECT _mac_id FROM mac WHERE mac_saddr = _saddr AND mac_daddr = _daddr AND mac_protocol = _protocol INTO @last_id;
	RETURN @last_id;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP FUNCTION IF EXISTS `INSERT_PACKET_FULL` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` FUNCTION `INSERT_PACKET_FULL`(_oob_time_sec int(10) unsigned,
		_oob_time_usec int(10) unsigned,
		_oob_hook tinyint(3) unsigned,
		_oob_prefix varchar(32),
		_oob_mark int(10) unsigned,
		_oob_in varchar(32),
		_oob_out varchar(32),
		_oob_family tinyint(3) unsigned,
		_ip_saddr binary(16),
		_ip_daddr binary(16),
		_ip_protocol tinyint(3) unsigned,
		_ip_tos tinyint(3) unsigned,
		_ip_ttl tinyint(3) unsigned,
		_ip_totlen smallint(5) unsigned,
		_ip_ihl tinyint(3) unsigned,
		_ip_csum smallint(5) unsigned,
		_ip_id smallint(5) unsigned,
		_ip_fragoff smallint(5) unsigned,
		_ip6_payloadlen smallint unsigned,
		_ip6_priority tinyint unsigned,
		_ip6_hoplimit tinyint unsigned,
		_ip6_flowlabel integer,
		_ip6_fragoff smallint,
		_ip6_fragid integer unsigned,
		tcp_sport smallint(5) unsigned,
		tcp_dport smallint(5) unsigned,
		tcp_seq int(10) unsigned,
		tcp_ackseq int(10) unsigned,
		tcp_window smallint(5) unsigned,
		tcp_urg tinyint(4),
		tcp_urgp smallint(5) unsigned,
		tcp_ack tinyint(4),
		tcp_psh tinyint(4),
		tcp_rst tinyint(4),
		tcp_syn tinyint(4),
		tcp_fin tinyint(4),
		udp_sport smallint(5) unsigned,
		udp_dport smallint(5) unsigned,
		udp_len smallint(5) unsigned,
		icmp_type tinyint(3) unsigned,
		icmp_code tinyint(3) unsigned,
		icmp_echoid smallint(5) unsigned,
		icmp_echoseq smallint(5) unsigned,
		icmp_gateway int(10) unsigned,
		icmp_fragmtu smallint(5) unsigned,
		icmpv6_type tinyint(3) unsigned,
		icmpv6_code tinyint(3) unsigned,
		icmpv6_echoid smallint(5) unsigned,
		icmpv6_echoseq smallint(5) unsigned,
		icmpv6_csum int(10) unsigned,
                raw_type integer,
                raw_header varchar(256),
		mac_saddr varchar(32),
		mac_daddr varchar(32),
		mac_protocol smallint(5),
		_label tinyint(4) unsigned,
		sctp_sport smallint(5) unsigned,
		sctp_dport smallint(5) unsigned,
		sctp_csum int(10) unsigned
		) RETURNS bigint(20) unsigned
    READS SQL DATA
BEGIN
	SET @lastid = INSERT_IP_PACKET_FULL(_oob_time_sec, _oob_time_usec, _oob_hook, _oob_prefix,
					   _oob_mark, _oob_in, _oob_out, _oob_family, 
					   _ip_saddr, _ip_daddr, _ip_protocol, _ip_tos,
					   _ip_ttl, _ip_totlen, _ip_ihl, _ip_csum, _ip_id,
					   _ip_fragoff, _ip6_payloadlen, _ip6_priority, _ip6_hoplimit,
					   _ip6_flowlabel, _ip6_fragoff, _ip6_fragid, _label);
	IF _ip_protocol = 6 THEN
		CALL PACKET_ADD_TCP_FULL(@lastid, tcp_sport, tcp_dport, tcp_seq, tcp_ackseq,
					 tcp_window, tcp_urg, tcp_urgp, tcp_ack, tcp_psh,
					 tcp_rst, tcp_syn, tcp_fin);
	ELSEIF _ip_protocol = 17 THEN
		CALL PACKET_ADD_UDP(@lastid, udp_sport, udp_dport, udp_len);
	ELSEIF _ip_protocol = 132 THEN
		CALL PACKET_ADD_SCTP(@lastid, sctp_sport, sctp_dport, sctp_csum);
	ELSEIF _ip_protocol = 1 THEN
		CALL PACKET_ADD_ICMP(@lastid, icmp_type, icmp_code, icmp_echoid, icmp_echoseq, 
				     icmp_gateway, icmp_fragmtu);
	ELSEIF _ip_protocol = 58 THEN
		CALL PACKET_ADD_ICMPV6(@lastid, icmpv6_type, icmpv6_code, icmpv6_echoid,
				       icmpv6_echoseq, icmpv6_csum);
	END IF;
	IF raw_type = 1 THEN
		SET @mac_id = INSERT_OR_SELECT_MAC(mac_saddr, mac_daddr, mac_protocol);
		IF @mac_id IS NOT NULL THEN
			UPDATE ulog2 SET mac_id = @mac_id WHERE _id = @lastid;
		END IF;
	ELSE
		CALL PACKET_ADD_HARDWARE_HEADER(@lastid, raw_type, raw_header);
	END IF;
	RETURN @lastid;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `ANALYZE_TABLES` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `ANALYZE_TABLES`(
                )
    SQL SECURITY INVOKER
    COMMENT 'ANALYZE all ulog2 tables'
BEGIN
        ANALYZE TABLE ulog2, mac, tcp, udp, icmp, ulog2_ct;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `COMPRESS_TABLES` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `COMPRESS_TABLES`(
                )
    SQL SECURITY INVOKER
    COMMENT 'Try to remove dead entries and call OPTIMIZE for each table'
BEGIN
        
        DELETE FROM tcp WHERE _tcp_id NOT IN (SELECT _id FROM ulog2);
        
        
        DELETE FROM mac WHERE _mac_id NOT IN (SELECT _id FROM ulog2);
        DELETE FROM udp WHERE _udp_id NOT IN (SELECT _id FROM ulog2);
        DELETE FROM icmp WHERE _icmp_id NOT IN (SELECT _id FROM ulog2);
        
        DELETE FROM ulog2 WHERE ulog2.ip_protocol = '6' AND _id NOT IN (SELECT _tcp_id FROM tcp);
        DELETE FROM ulog2 WHERE ulog2.ip_protocol = '17' AND _id NOT IN (SELECT _udp_id FROM udp);
        DELETE FROM ulog2 WHERE ulog2.ip_protocol = '2' AND _id NOT IN (SELECT _icmp_id FROM icmp);
        
        OPTIMIZE TABLE ulog2, mac, tcp, udp, icmp, ulog2_ct;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `DELETE_CT_FLOW` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `DELETE_CT_FLOW`(
		IN _ct_packet_id bigint unsigned
                )
    SQL SECURITY INVOKER
    COMMENT 'Delete a packet from the conntrack tables'
BEGIN
        DELETE FROM ulog2_ct WHERE ulog2_ct._ct_id = _ct_packet_id;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `DELETE_CUSTOM_ONE` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `DELETE_CUSTOM_ONE`(
		IN tname varchar(64),
		IN tjoin varchar(64),
                IN _id bigint
                )
    SQL SECURITY INVOKER
    COMMENT 'Delete packet in a custom table (specified at runtime)'
BEGIN
        SET @l_sql = CONCAT('DELETE FROM ',@tname,' WHERE ',@tname,'.',@tjoin,' = ',_id);
        PREPARE delete_stmt FROM @l_sql;
        EXECUTE delete_stmt;
        DEALLOCATE PREPARE delete_stmt;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `DELETE_PACKET` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `DELETE_PACKET`(
		IN _packet_id bigint unsigned
                )
    SQL SECURITY INVOKER
    COMMENT 'Delete a packet (from ulog tables only)'
BEGIN
        
        DELETE FROM icmp  WHERE icmp._icmp_id = _packet_id;
        DELETE FROM tcp   WHERE tcp._tcp_id = _packet_id;
        DELETE FROM udp   WHERE udp._udp_id = _packet_id;
        DELETE FROM ulog2 WHERE ulog2._id = _packet_id;
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `DELETE_PACKET_FULL` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `DELETE_PACKET_FULL`(
		IN _packet_id bigint unsigned
                )
    SQL SECURITY INVOKER
    COMMENT 'Delete packet in all tables (including extensions)'
BEGIN
        DECLARE tname varchar(64);
        DECLARE tjoin varchar(64);
        DECLARE l_last INT DEFAULT 0;

        DECLARE ext_csr CURSOR FOR
                SELECT table_name,join_name FROM _extensions;

        DECLARE CONTINUE HANDLER FOR NOT FOUND SET l_last=1;

        OPEN ext_csr;
        ext_loop:LOOP
                FETCH ext_csr INTO tname,tjoin;
                IF l_last THEN
                        LEAVE ext_loop;
                END IF;
                CALL DELETE_CUSTOM_ONE(tname,tjoin,_packet_id);
        END LOOP ext_loop;
        CLOSE ext_csr;

        CALL DELETE_PACKET(_packet_id);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_HARDWARE_HEADER` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_HARDWARE_HEADER`(
		IN `id` int(10) unsigned,
		IN `_hw_type` integer,
		IN `_hw_addr` varchar(256)
		)
BEGIN
	INSERT INTO hwhdr (_hw_id, raw_type, raw_header) VALUES
	(id, _hw_type, _hw_addr);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_ICMP` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_ICMP`(
		IN `id` int(10) unsigned,
		IN `_icmp_type` tinyint(3) unsigned,
		IN `_icmp_code` tinyint(3) unsigned,
		IN `_icmp_echoid` smallint(5) unsigned,
		IN `_icmp_echoseq` smallint(5) unsigned,
		IN `_icmp_gateway` int(10) unsigned,
		IN `_icmp_fragmtu` smallint(5) unsigned
		)
BEGIN
	INSERT INTO icmp (_icmp_id, icmp_type, icmp_code, icmp_echoid, icmp_echoseq, 
			  icmp_gateway, icmp_fragmtu) VALUES
			 (id, _icmp_type, _icmp_code, _icmp_echoid, _icmp_echoseq, 
			  _icmp_gateway, _icmp_fragmtu);

END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_ICMPV6` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_ICMPV6`(
		IN `id` int(10) unsigned,
		IN `_icmpv6_type` tinyint(3) unsigned,
		IN `_icmpv6_code` tinyint(3) unsigned,
		IN `_icmpv6_echoid` smallint(5) unsigned,
		IN `_icmpv6_echoseq` smallint(5) unsigned,
		IN `_icmpv6_csum` int(10) unsigned
		)
BEGIN
	INSERT INTO icmpv6 (_icmpv6_id, icmpv6_type, icmpv6_code, icmpv6_echoid, 
			    icmpv6_echoseq, icmpv6_csum) VALUES
			   (id, _icmpv6_type, _icmpv6_code, _icmpv6_echoid,
			    _icmpv6_echoseq, _icmpv6_csum);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_NUFW` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_NUFW`(
		IN `id` int(10) unsigned,
		IN `username` varchar(30),
		IN `user_id` int(10) unsigned,
		IN `client_os` varchar(100),
		IN `client_app` varchar(256),
		IN `socket` smallint(5)
		)
BEGIN
	INSERT INTO nufw (_nufw_id, username, user_id, client_os, client_app, socket) VALUES
	(id, username, user_id, client_os, client_app, socket);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_SCTP` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_SCTP`(
		IN `id` int(10) unsigned,
		IN `_sport` smallint(5) unsigned,
		IN `_dport` smallint(5) unsigned,
		IN `_csum` smallint(5) unsigned
		)
BEGIN
	INSERT INTO sctp (_sctp_id, sctp_sport, sctp_dport, sctp_csum) VALUES
	(id, _sport, _dport, _csum);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_TCP` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_TCP`(
		IN `id` int(10) unsigned,
		IN `_sport` smallint(5) unsigned,
		IN `_dport` smallint(5) unsigned
		)
BEGIN
	INSERT INTO tcp (_tcp_id, tcp_sport, tcp_dport) VALUES (id, _sport, _dport);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_TCP_FULL` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_TCP_FULL`(
		IN `id` int(10) unsigned,
		IN `_sport` smallint(5) unsigned,
		IN `_dport` smallint(5) unsigned,
		IN `_seq` int(10) unsigned,
		IN `_ackseq` int(10) unsigned,
		IN `_window` smallint(5) unsigned,
		IN `_urg` tinyint(4),
		IN `_urgp` smallint(5) unsigned,
		IN `_ack` tinyint(4),
		IN `_psh` tinyint(4),
		IN `_rst` tinyint(4),
		IN `_syn` tinyint(4),
		IN `_fin` tinyint(4)
		)
BEGIN
	INSERT INTO tcp (_tcp_id, tcp_sport, tcp_dport, tcp_seq, tcp_ackseq, tcp_window, tcp_urg, tcp_urgp, tcp_ack, tcp_psh, tcp_rst, tcp_syn, tcp_fin) VALUES
	(id, _sport, _dport, _seq, _ackseq, _window, _urg, _urgp, _ack, _psh, _rst, _syn, _fin);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `PACKET_ADD_UDP` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `PACKET_ADD_UDP`(
		IN `id` int(10) unsigned,
		IN `_sport` smallint(5) unsigned,
		IN `_dport` smallint(5) unsigned,
		IN `_len` smallint(5) unsigned
		)
BEGIN
	INSERT INTO udp (_udp_id, udp_sport, udp_dport, udp_len) VALUES
	(id, _sport, _dport, _len);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `ULOG2_ADD_FOREIGN_KEYS` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `ULOG2_ADD_FOREIGN_KEYS`(
                )
    SQL SECURITY INVOKER
    COMMENT 'Add constraints for ulog2 tables'
BEGIN
        
        ALTER TABLE tcp ADD CONSTRAINT _tcp_id FOREIGN KEY (_tcp_id) REFERENCES ulog2 (_id);
        ALTER TABLE udp ADD CONSTRAINT _udp_id FOREIGN KEY (_udp_id) REFERENCES ulog2 (_id);
        ALTER TABLE icmp ADD CONSTRAINT _icmp_id FOREIGN KEY (_icmp_id) REFERENCES ulog2 (_id);
        ALTER TABLE icmpv6 ADD CONSTRAINT _icmpv6_id FOREIGN KEY (_icmpv6_id) REFERENCES ulog2 (_id);
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
/*!50003 DROP PROCEDURE IF EXISTS `ULOG2_DROP_FOREIGN_KEYS` */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
DELIMITER ;;
CREATE DEFINER=`root`@`127.0.0.1` PROCEDURE `ULOG2_DROP_FOREIGN_KEYS`(
                )
    SQL SECURITY INVOKER
    COMMENT 'Drop constraints for ulog2 tables'
BEGIN
        
        ALTER TABLE icmpv6 DROP FOREIGN KEY _icmpv6_id; 
        ALTER TABLE icmp DROP FOREIGN KEY _icmp_id; 
        ALTER TABLE udp DROP FOREIGN KEY _udp_id; 
        ALTER TABLE tcp DROP FOREIGN KEY _tcp_id; 
END
;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Final view structure for view `conntrack`
--

/*!50001 DROP VIEW IF EXISTS `conntrack`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `conntrack` AS select `ulog2_ct`.`_ct_id` AS `_ct_id`,`ulog2_ct`.`oob_family` AS `oob_family`,`ulog2_ct`.`orig_ip_saddr` AS `orig_ip_saddr_bin`,`ulog2_ct`.`orig_ip_daddr` AS `orig_ip_daddr_bin`,`ulog2_ct`.`orig_ip_protocol` AS `orig_ip_protocol`,`ulog2_ct`.`orig_l4_sport` AS `orig_l4_sport`,`ulog2_ct`.`orig_l4_dport` AS `orig_l4_dport`,`ulog2_ct`.`orig_bytes` AS `orig_raw_pktlen`,`ulog2_ct`.`orig_packets` AS `orig_raw_pktcount`,`ulog2_ct`.`reply_ip_saddr` AS `reply_ip_saddr_bin`,`ulog2_ct`.`reply_ip_daddr` AS `reply_ip_daddr_bin`,`ulog2_ct`.`reply_ip_protocol` AS `reply_ip_protocol`,`ulog2_ct`.`reply_l4_sport` AS `reply_l4_sport`,`ulog2_ct`.`reply_l4_dport` AS `reply_l4_dport`,`ulog2_ct`.`reply_bytes` AS `reply_raw_pktlen`,`ulog2_ct`.`reply_packets` AS `reply_raw_pktcount`,`ulog2_ct`.`icmp_code` AS `icmp_code`,`ulog2_ct`.`icmp_type` AS `icmp_type`,`ulog2_ct`.`ct_mark` AS `ct_mark`,`ulog2_ct`.`flow_start_sec` AS `flow_start_sec`,`ulog2_ct`.`flow_start_usec` AS `flow_start_usec`,`ulog2_ct`.`flow_end_sec` AS `flow_end_sec`,`ulog2_ct`.`flow_end_usec` AS `flow_end_usec` from `ulog2_ct` where `ulog2_ct`.`state` <> 0 */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `nulog`
--

/*!50001 DROP VIEW IF EXISTS `nulog`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `nulog` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`tcp`.`_tcp_id` AS `_tcp_id`,`tcp`.`tcp_sport` AS `tcp_sport`,`tcp`.`tcp_dport` AS `tcp_dport`,`tcp`.`tcp_seq` AS `tcp_seq`,`tcp`.`tcp_ackseq` AS `tcp_ackseq`,`tcp`.`tcp_window` AS `tcp_window`,`tcp`.`tcp_urg` AS `tcp_urg`,`tcp`.`tcp_urgp` AS `tcp_urgp`,`tcp`.`tcp_ack` AS `tcp_ack`,`tcp`.`tcp_psh` AS `tcp_psh`,`tcp`.`tcp_rst` AS `tcp_rst`,`tcp`.`tcp_syn` AS `tcp_syn`,`tcp`.`tcp_fin` AS `tcp_fin`,`udp`.`_udp_id` AS `_udp_id`,`udp`.`udp_sport` AS `udp_sport`,`udp`.`udp_dport` AS `udp_dport`,`udp`.`udp_len` AS `udp_len`,`icmp`.`_icmp_id` AS `_icmp_id`,`icmp`.`icmp_type` AS `icmp_type`,`icmp`.`icmp_code` AS `icmp_code`,`icmp`.`icmp_echoid` AS `icmp_echoid`,`icmp`.`icmp_echoseq` AS `icmp_echoseq`,`icmp`.`icmp_gateway` AS `icmp_gateway`,`icmp`.`icmp_fragmtu` AS `icmp_fragmtu`,`mac`.`_mac_id` AS `_mac_id`,`mac`.`mac_saddr` AS `mac_saddr`,`mac`.`mac_daddr` AS `mac_daddr`,`mac`.`mac_protocol` AS `mac_protocol`,`nufw`.`_nufw_id` AS `_nufw_id`,`nufw`.`username` AS `username`,`nufw`.`user_id` AS `user_id`,`nufw`.`client_os` AS `client_os`,`nufw`.`client_app` AS `client_app`,`state_t`.`_state_id` AS `_state_id`,`state_t`.`state` AS `state` from ((((((`ulog2` left join `tcp` on(`ulog2`.`_id` = `tcp`.`_tcp_id`)) left join `udp` on(`ulog2`.`_id` = `udp`.`_udp_id`)) left join `icmp` on(`ulog2`.`_id` = `icmp`.`_icmp_id`)) left join `mac` on(`ulog2`.`_id` = `mac`.`_mac_id`)) left join `nufw` on(`ulog2`.`_id` = `nufw`.`_nufw_id`)) left join `state_t` on(`ulog2`.`_id` = `state_t`.`_state_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `ulog`
--

/*!50001 DROP VIEW IF EXISTS `ulog`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `ulog` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr_bin`,`ulog2`.`ip_daddr` AS `ip_daddr_bin`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`tcp`.`tcp_sport` AS `tcp_sport`,`tcp`.`tcp_dport` AS `tcp_dport`,`tcp`.`tcp_seq` AS `tcp_seq`,`tcp`.`tcp_ackseq` AS `tcp_ackseq`,`tcp`.`tcp_window` AS `tcp_window`,`tcp`.`tcp_urg` AS `tcp_urg`,`tcp`.`tcp_urgp` AS `tcp_urgp`,`tcp`.`tcp_ack` AS `tcp_ack`,`tcp`.`tcp_psh` AS `tcp_psh`,`tcp`.`tcp_rst` AS `tcp_rst`,`tcp`.`tcp_syn` AS `tcp_syn`,`tcp`.`tcp_fin` AS `tcp_fin`,`udp`.`udp_sport` AS `udp_sport`,`udp`.`udp_dport` AS `udp_dport`,`udp`.`udp_len` AS `udp_len`,`icmp`.`icmp_type` AS `icmp_type`,`icmp`.`icmp_code` AS `icmp_code`,`icmp`.`icmp_echoid` AS `icmp_echoid`,`icmp`.`icmp_echoseq` AS `icmp_echoseq`,`icmp`.`icmp_gateway` AS `icmp_gateway`,`icmp`.`icmp_fragmtu` AS `icmp_fragmtu`,`icmpv6`.`icmpv6_type` AS `icmpv6_type`,`icmpv6`.`icmpv6_code` AS `icmpv6_code`,`icmpv6`.`icmpv6_echoid` AS `icmpv6_echoid`,`icmpv6`.`icmpv6_echoseq` AS `icmpv6_echoseq`,`icmpv6`.`icmpv6_csum` AS `icmpv6_csum`,`hwhdr`.`raw_type` AS `raw_type`,`hwhdr`.`raw_header` AS `mac_str`,`mac`.`mac_saddr` AS `mac_saddr_str`,`mac`.`mac_daddr` AS `mac_daddr_str`,`mac`.`mac_protocol` AS `oob_protocol`,`ulog2`.`label` AS `raw_label`,`sctp`.`sctp_sport` AS `sctp_sport`,`sctp`.`sctp_dport` AS `sctp_dport`,`sctp`.`sctp_csum` AS `sctp_csum` from (((((((`ulog2` left join `tcp` on(`ulog2`.`_id` = `tcp`.`_tcp_id`)) left join `udp` on(`ulog2`.`_id` = `udp`.`_udp_id`)) left join `icmp` on(`ulog2`.`_id` = `icmp`.`_icmp_id`)) left join `mac` on(`ulog2`.`mac_id` = `mac`.`_mac_id`)) left join `hwhdr` on(`ulog2`.`_id` = `hwhdr`.`_hw_id`)) left join `icmpv6` on(`ulog2`.`_id` = `icmpv6`.`_icmpv6_id`)) left join `sctp` on(`ulog2`.`_id` = `sctp`.`_sctp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_icmp`
--

/*!50001 DROP VIEW IF EXISTS `view_icmp`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_icmp` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`icmp`.`_icmp_id` AS `_icmp_id`,`icmp`.`icmp_type` AS `icmp_type`,`icmp`.`icmp_code` AS `icmp_code`,`icmp`.`icmp_echoid` AS `icmp_echoid`,`icmp`.`icmp_echoseq` AS `icmp_echoseq`,`icmp`.`icmp_gateway` AS `icmp_gateway`,`icmp`.`icmp_fragmtu` AS `icmp_fragmtu` from (`ulog2` join `icmp` on(`ulog2`.`_id` = `icmp`.`_icmp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_icmpv6`
--

/*!50001 DROP VIEW IF EXISTS `view_icmpv6`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_icmpv6` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`icmpv6`.`_icmpv6_id` AS `_icmpv6_id`,`icmpv6`.`icmpv6_type` AS `icmpv6_type`,`icmpv6`.`icmpv6_code` AS `icmpv6_code`,`icmpv6`.`icmpv6_echoid` AS `icmpv6_echoid`,`icmpv6`.`icmpv6_echoseq` AS `icmpv6_echoseq`,`icmpv6`.`icmpv6_csum` AS `icmpv6_csum` from (`ulog2` join `icmpv6` on(`ulog2`.`_id` = `icmpv6`.`_icmpv6_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_nufw`
--

/*!50001 DROP VIEW IF EXISTS `view_nufw`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_nufw` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`nufw`.`_nufw_id` AS `_nufw_id`,`nufw`.`username` AS `username`,`nufw`.`user_id` AS `user_id`,`nufw`.`client_os` AS `client_os`,`nufw`.`client_app` AS `client_app` from (`ulog2` join `nufw` on(`ulog2`.`_id` = `nufw`.`_nufw_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_tcp`
--

/*!50001 DROP VIEW IF EXISTS `view_tcp`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_tcp` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`tcp`.`_tcp_id` AS `_tcp_id`,`tcp`.`tcp_sport` AS `tcp_sport`,`tcp`.`tcp_dport` AS `tcp_dport`,`tcp`.`tcp_seq` AS `tcp_seq`,`tcp`.`tcp_ackseq` AS `tcp_ackseq`,`tcp`.`tcp_window` AS `tcp_window`,`tcp`.`tcp_urg` AS `tcp_urg`,`tcp`.`tcp_urgp` AS `tcp_urgp`,`tcp`.`tcp_ack` AS `tcp_ack`,`tcp`.`tcp_psh` AS `tcp_psh`,`tcp`.`tcp_rst` AS `tcp_rst`,`tcp`.`tcp_syn` AS `tcp_syn`,`tcp`.`tcp_fin` AS `tcp_fin` from (`ulog2` join `tcp` on(`ulog2`.`_id` = `tcp`.`_tcp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_tcp_quad`
--

/*!50001 DROP VIEW IF EXISTS `view_tcp_quad`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_tcp_quad` AS select `ulog2`.`_id` AS `_id`,`BIN_TO_IPV6`(`ulog2`.`ip_saddr`) AS `ip_saddr_str`,`tcp`.`tcp_sport` AS `tcp_sport`,`BIN_TO_IPV6`(`ulog2`.`ip_daddr`) AS `ip_daddr_str`,`tcp`.`tcp_dport` AS `tcp_dport` from (`ulog2` join `tcp` on(`ulog2`.`_id` = `tcp`.`_tcp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_udp`
--

/*!50001 DROP VIEW IF EXISTS `view_udp`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_udp` AS select `ulog2`.`_id` AS `_id`,`ulog2`.`oob_time_sec` AS `oob_time_sec`,`ulog2`.`oob_time_usec` AS `oob_time_usec`,`ulog2`.`oob_hook` AS `oob_hook`,`ulog2`.`oob_prefix` AS `oob_prefix`,`ulog2`.`oob_mark` AS `oob_mark`,`ulog2`.`oob_in` AS `oob_in`,`ulog2`.`oob_out` AS `oob_out`,`ulog2`.`oob_family` AS `oob_family`,`ulog2`.`ip_saddr` AS `ip_saddr`,`ulog2`.`ip_daddr` AS `ip_daddr`,`ulog2`.`ip_protocol` AS `ip_protocol`,`ulog2`.`ip_tos` AS `ip_tos`,`ulog2`.`ip_ttl` AS `ip_ttl`,`ulog2`.`ip_totlen` AS `ip_totlen`,`ulog2`.`ip_ihl` AS `ip_ihl`,`ulog2`.`ip_csum` AS `ip_csum`,`ulog2`.`ip_id` AS `ip_id`,`ulog2`.`ip_fragoff` AS `ip_fragoff`,`ulog2`.`ip6_payloadlen` AS `ip6_payloadlen`,`ulog2`.`ip6_priority` AS `ip6_priority`,`ulog2`.`ip6_hoplimit` AS `ip6_hoplimit`,`ulog2`.`ip6_flowlabel` AS `ip6_flowlabel`,`ulog2`.`ip6_fragoff` AS `ip6_fragoff`,`ulog2`.`ip6_fragid` AS `ip6_fragid`,`ulog2`.`label` AS `label`,`ulog2`.`mac_id` AS `mac_id`,`ulog2`.`timestamp` AS `timestamp`,`udp`.`_udp_id` AS `_udp_id`,`udp`.`udp_sport` AS `udp_sport`,`udp`.`udp_dport` AS `udp_dport`,`udp`.`udp_len` AS `udp_len` from (`ulog2` join `udp` on(`ulog2`.`_id` = `udp`.`_udp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `view_udp_quad`
--

/*!50001 DROP VIEW IF EXISTS `view_udp_quad`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY INVOKER */
/*!50001 VIEW `view_udp_quad` AS select `ulog2`.`_id` AS `_id`,`BIN_TO_IPV6`(`ulog2`.`ip_saddr`) AS `ip_saddr_str`,`udp`.`udp_sport` AS `udp_sport`,`BIN_TO_IPV6`(`ulog2`.`ip_daddr`) AS `ip_daddr_str`,`udp`.`udp_dport` AS `udp_dport` from (`ulog2` join `udp` on(`ulog2`.`_id` = `udp`.`_udp_id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  8:24:46
