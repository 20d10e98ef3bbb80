/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: temporal
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
-- Table structure for table `activity_info_maps`
--

DROP TABLE IF EXISTS `activity_info_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `activity_info_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `schedule_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`schedule_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `buffered_events`
--

DROP TABLE IF EXISTS `buffered_events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `buffered_events` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `build_id_to_task_queue`
--

DROP TABLE IF EXISTS `build_id_to_task_queue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `build_id_to_task_queue` (
  `namespace_id` binary(16) NOT NULL,
  `build_id` varchar(255) NOT NULL,
  `task_queue_name` varchar(255) NOT NULL,
  PRIMARY KEY (`namespace_id`,`build_id`,`task_queue_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `chasm_node_maps`
--

DROP TABLE IF EXISTS `chasm_node_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `chasm_node_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `chasm_path` varbinary(1536) NOT NULL,
  `metadata` mediumblob NOT NULL,
  `metadata_encoding` varchar(16) DEFAULT NULL,
  `data` mediumblob DEFAULT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`chasm_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `child_execution_info_maps`
--

DROP TABLE IF EXISTS `child_execution_info_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `child_execution_info_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `initiated_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`initiated_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `cluster_membership`
--

DROP TABLE IF EXISTS `cluster_membership`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cluster_membership` (
  `membership_partition` int(11) NOT NULL,
  `host_id` binary(16) NOT NULL,
  `rpc_address` varchar(128) NOT NULL,
  `rpc_port` smallint(6) NOT NULL,
  `role` tinyint(4) NOT NULL,
  `session_start` timestamp NULL DEFAULT '1970-01-02 00:00:01',
  `last_heartbeat` timestamp NULL DEFAULT '1970-01-02 00:00:01',
  `record_expiry` timestamp NULL DEFAULT '1970-01-02 00:00:01',
  PRIMARY KEY (`membership_partition`,`host_id`),
  KEY `role` (`role`,`host_id`),
  KEY `role_2` (`role`,`last_heartbeat`),
  KEY `rpc_address` (`rpc_address`,`role`),
  KEY `last_heartbeat` (`last_heartbeat`),
  KEY `record_expiry` (`record_expiry`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `cluster_metadata_info`
--

DROP TABLE IF EXISTS `cluster_metadata_info`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cluster_metadata_info` (
  `metadata_partition` int(11) NOT NULL,
  `cluster_name` varchar(255) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`metadata_partition`,`cluster_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `current_chasm_executions`
--

DROP TABLE IF EXISTS `current_chasm_executions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `current_chasm_executions` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `business_id` varchar(255) NOT NULL,
  `archetype_id` int(10) unsigned NOT NULL,
  `run_id` binary(16) NOT NULL,
  `create_request_id` varchar(255) NOT NULL,
  `state` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `start_version` bigint(20) NOT NULL DEFAULT 0,
  `start_time` datetime(6) DEFAULT NULL,
  `last_write_version` bigint(20) NOT NULL,
  `data` mediumblob DEFAULT NULL,
  `data_encoding` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`shard_id`,`namespace_id`,`business_id`,`archetype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `current_executions`
--

DROP TABLE IF EXISTS `current_executions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `current_executions` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `create_request_id` varchar(255) NOT NULL,
  `state` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `start_version` bigint(20) NOT NULL DEFAULT 0,
  `start_time` datetime(6) DEFAULT NULL,
  `last_write_version` bigint(20) NOT NULL,
  `data` mediumblob DEFAULT NULL,
  `data_encoding` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `executions`
--

DROP TABLE IF EXISTS `executions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `executions` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `next_event_id` bigint(20) NOT NULL,
  `last_write_version` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `state` mediumblob NOT NULL,
  `state_encoding` varchar(16) NOT NULL,
  `db_record_version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `history_immediate_tasks`
--

DROP TABLE IF EXISTS `history_immediate_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `history_immediate_tasks` (
  `shard_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`category_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `history_node`
--

DROP TABLE IF EXISTS `history_node`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `history_node` (
  `shard_id` int(11) NOT NULL,
  `tree_id` binary(16) NOT NULL,
  `branch_id` binary(16) NOT NULL,
  `node_id` bigint(20) NOT NULL,
  `txn_id` bigint(20) NOT NULL,
  `prev_txn_id` bigint(20) NOT NULL DEFAULT 0,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`tree_id`,`branch_id`,`node_id`,`txn_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `history_scheduled_tasks`
--

DROP TABLE IF EXISTS `history_scheduled_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `history_scheduled_tasks` (
  `shard_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL,
  `visibility_timestamp` datetime(6) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`category_id`,`visibility_timestamp`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `history_tree`
--

DROP TABLE IF EXISTS `history_tree`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `history_tree` (
  `shard_id` int(11) NOT NULL,
  `tree_id` binary(16) NOT NULL,
  `branch_id` binary(16) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`tree_id`,`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `namespace_metadata`
--

DROP TABLE IF EXISTS `namespace_metadata`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `namespace_metadata` (
  `partition_id` int(11) NOT NULL,
  `notification_version` bigint(20) NOT NULL,
  PRIMARY KEY (`partition_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `namespaces`
--

DROP TABLE IF EXISTS `namespaces`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `namespaces` (
  `partition_id` int(11) NOT NULL,
  `id` binary(16) NOT NULL,
  `name` varchar(255) NOT NULL,
  `notification_version` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `is_global` tinyint(1) NOT NULL,
  PRIMARY KEY (`partition_id`,`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nexus_endpoints`
--

DROP TABLE IF EXISTS `nexus_endpoints`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nexus_endpoints` (
  `id` binary(16) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `nexus_endpoints_partition_status`
--

DROP TABLE IF EXISTS `nexus_endpoints_partition_status`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `nexus_endpoints_partition_status` (
  `id` int(11) NOT NULL DEFAULT 0 CHECK (`id` = 0),
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `queue`
--

DROP TABLE IF EXISTS `queue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queue` (
  `queue_type` int(11) NOT NULL,
  `message_id` bigint(20) NOT NULL,
  `message_payload` mediumblob NOT NULL,
  `message_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`queue_type`,`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `queue_messages`
--

DROP TABLE IF EXISTS `queue_messages`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queue_messages` (
  `queue_type` int(11) NOT NULL,
  `queue_name` varchar(255) NOT NULL,
  `queue_partition` bigint(20) NOT NULL,
  `message_id` bigint(20) NOT NULL,
  `message_payload` mediumblob NOT NULL,
  `message_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`queue_type`,`queue_name`,`queue_partition`,`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `queue_metadata`
--

DROP TABLE IF EXISTS `queue_metadata`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queue_metadata` (
  `queue_type` int(11) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`queue_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `queues`
--

DROP TABLE IF EXISTS `queues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `queues` (
  `queue_type` int(11) NOT NULL,
  `queue_name` varchar(255) NOT NULL,
  `metadata_payload` mediumblob NOT NULL,
  `metadata_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`queue_type`,`queue_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `replication_tasks`
--

DROP TABLE IF EXISTS `replication_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `replication_tasks` (
  `shard_id` int(11) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `replication_tasks_dlq`
--

DROP TABLE IF EXISTS `replication_tasks_dlq`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `replication_tasks_dlq` (
  `source_cluster_name` varchar(255) NOT NULL,
  `shard_id` int(11) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`source_cluster_name`,`shard_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `request_cancel_info_maps`
--

DROP TABLE IF EXISTS `request_cancel_info_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `request_cancel_info_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `initiated_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`initiated_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `shards`
--

DROP TABLE IF EXISTS `shards`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `shards` (
  `shard_id` int(11) NOT NULL,
  `range_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `signal_info_maps`
--

DROP TABLE IF EXISTS `signal_info_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `signal_info_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `initiated_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`initiated_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `signals_requested_sets`
--

DROP TABLE IF EXISTS `signals_requested_sets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `signals_requested_sets` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `signal_id` varchar(255) NOT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`signal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `task_queue_user_data`
--

DROP TABLE IF EXISTS `task_queue_user_data`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `task_queue_user_data` (
  `namespace_id` binary(16) NOT NULL,
  `task_queue_name` varchar(255) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`namespace_id`,`task_queue_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `task_queues`
--

DROP TABLE IF EXISTS `task_queues`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `task_queues` (
  `range_hash` int(10) unsigned NOT NULL,
  `task_queue_id` varbinary(272) NOT NULL,
  `range_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`range_hash`,`task_queue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `task_queues_v2`
--

DROP TABLE IF EXISTS `task_queues_v2`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `task_queues_v2` (
  `range_hash` int(10) unsigned NOT NULL,
  `task_queue_id` varbinary(272) NOT NULL,
  `range_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`range_hash`,`task_queue_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tasks`
--

DROP TABLE IF EXISTS `tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tasks` (
  `range_hash` int(10) unsigned NOT NULL,
  `task_queue_id` varbinary(272) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`range_hash`,`task_queue_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tasks_v2`
--

DROP TABLE IF EXISTS `tasks_v2`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tasks_v2` (
  `range_hash` int(10) unsigned NOT NULL,
  `task_queue_id` varbinary(272) NOT NULL,
  `pass` bigint(20) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`range_hash`,`task_queue_id`,`pass`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `timer_info_maps`
--

DROP TABLE IF EXISTS `timer_info_maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `timer_info_maps` (
  `shard_id` int(11) NOT NULL,
  `namespace_id` binary(16) NOT NULL,
  `workflow_id` varchar(255) NOT NULL,
  `run_id` binary(16) NOT NULL,
  `timer_id` varchar(255) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`shard_id`,`namespace_id`,`workflow_id`,`run_id`,`timer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `timer_tasks`
--

DROP TABLE IF EXISTS `timer_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `timer_tasks` (
  `shard_id` int(11) NOT NULL,
  `visibility_timestamp` datetime(6) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`visibility_timestamp`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `transfer_tasks`
--

DROP TABLE IF EXISTS `transfer_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `transfer_tasks` (
  `shard_id` int(11) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `visibility_tasks`
--

DROP TABLE IF EXISTS `visibility_tasks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `visibility_tasks` (
  `shard_id` int(11) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `data` mediumblob NOT NULL,
  `data_encoding` varchar(16) NOT NULL,
  PRIMARY KEY (`shard_id`,`task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'temporal'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-05  1:39:30
