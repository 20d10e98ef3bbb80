/*M!999999\- enable the sandbox mode */ 
-- Schema of Friendica (github.com/friendica/friendica), Licensed under the GNU Affero General Public License version 3 (its LICENSE); see ../README.md for the source file and commit.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: friendica
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
-- Table structure for table `2fa_app_specific_password`
--

DROP TABLE IF EXISTS `2fa_app_specific_password`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `2fa_app_specific_password` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Password ID for revocation',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User ID',
  `description` varchar(255) DEFAULT NULL COMMENT 'Description of the usage of the password',
  `hashed_password` varchar(255) NOT NULL COMMENT 'Hashed password',
  `generated` datetime NOT NULL COMMENT 'Datetime the password was generated',
  `last_used` datetime DEFAULT NULL COMMENT 'Datetime the password was last used',
  PRIMARY KEY (`id`),
  KEY `uid_description` (`uid`,`description`(190)),
  CONSTRAINT `2fa_app_specific_password_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Two-factor app-specific _password';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `2fa_recovery_codes`
--

DROP TABLE IF EXISTS `2fa_recovery_codes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `2fa_recovery_codes` (
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User ID',
  `code` varchar(50) NOT NULL COMMENT 'Recovery code string',
  `generated` datetime NOT NULL COMMENT 'Datetime the code was generated',
  `used` datetime DEFAULT NULL COMMENT 'Datetime the code was used',
  PRIMARY KEY (`uid`,`code`),
  CONSTRAINT `2fa_recovery_codes_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Two-factor authentication recovery codes';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `2fa_trusted_browser`
--

DROP TABLE IF EXISTS `2fa_trusted_browser`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `2fa_trusted_browser` (
  `cookie_hash` varchar(80) NOT NULL COMMENT 'Trusted cookie hash',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User ID',
  `user_agent` text DEFAULT NULL COMMENT 'User agent string',
  `trusted` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whenever this browser should be trusted or not',
  `created` datetime NOT NULL COMMENT 'Datetime the trusted browser was recorded',
  `last_used` datetime DEFAULT NULL COMMENT 'Datetime the trusted browser was last used',
  PRIMARY KEY (`cookie_hash`),
  KEY `uid` (`uid`),
  CONSTRAINT `2fa_trusted_browser_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Two-factor authentication trusted browsers';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `account-suggestion`
--

DROP TABLE IF EXISTS `account-suggestion`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `account-suggestion` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the account url',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User ID',
  `level` smallint(5) unsigned DEFAULT NULL COMMENT 'level of closeness',
  `ignore` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If set, this account will not be suggested again',
  PRIMARY KEY (`uid`,`uri-id`),
  KEY `uri-id_uid` (`uri-id`,`uid`),
  CONSTRAINT `account-suggestion_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `account-suggestion_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Account suggestion';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `account-user`
--

DROP TABLE IF EXISTS `account-user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `account-user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the account url',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User ID',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uri-id_uid` (`uri-id`,`uid`),
  KEY `uid_uri-id` (`uid`,`uri-id`),
  CONSTRAINT `account-user_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `account-user_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Remote and local accounts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `account-user-view`
--

DROP TABLE IF EXISTS `account-user-view`;
/*!50001 DROP VIEW IF EXISTS `account-user-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `account-user-view` AS SELECT
 NULL AS `id`,
 NULL AS `pid`,
 NULL AS `uid`,
 NULL AS `url`,
 NULL AS `nurl`,
 NULL AS `uri-id`,
 NULL AS `guid`,
 NULL AS `addr`,
 NULL AS `alias`,
 NULL AS `name`,
 NULL AS `nick`,
 NULL AS `about`,
 NULL AS `keywords`,
 NULL AS `xmpp`,
 NULL AS `matrix`,
 NULL AS `avatar`,
 NULL AS `photo`,
 NULL AS `thumb`,
 NULL AS `micro`,
 NULL AS `header`,
 NULL AS `created`,
 NULL AS `updated`,
 NULL AS `self`,
 NULL AS `remote_self`,
 NULL AS `rel`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `location`,
 NULL AS `attag`,
 NULL AS `pubkey`,
 NULL AS `prvkey`,
 NULL AS `subscribe`,
 NULL AS `last-update`,
 NULL AS `success_update`,
 NULL AS `failure_update`,
 NULL AS `failed`,
 NULL AS `last-item`,
 NULL AS `last-discovery`,
 NULL AS `contact-type`,
 NULL AS `manually-approve`,
 NULL AS `unsearchable`,
 NULL AS `sensitive`,
 NULL AS `baseurl`,
 NULL AS `gsid`,
 NULL AS `info`,
 NULL AS `bdyear`,
 NULL AS `bd`,
 NULL AS `poco`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `term-date`,
 NULL AS `global-ignored`,
 NULL AS `global-blocked`,
 NULL AS `hidden`,
 NULL AS `archive`,
 NULL AS `pending`,
 NULL AS `deleted`,
 NULL AS `notify_new_posts`,
 NULL AS `fetch_further_information`,
 NULL AS `ffi_keyword_denylist`,
 NULL AS `rating`,
 NULL AS `readonly`,
 NULL AS `blocked`,
 NULL AS `block_reason`,
 NULL AS `hub-verify`,
 NULL AS `reason`,
 NULL AS `dfrn-notify`,
 NULL AS `dfrn-poll`,
 NULL AS `diaspora-guid`,
 NULL AS `diaspora-batch`,
 NULL AS `diaspora-notify`,
 NULL AS `diaspora-poll`,
 NULL AS `diaspora-alias`,
 NULL AS `diaspora-interacting_count`,
 NULL AS `diaspora-interacted_count`,
 NULL AS `diaspora-post_count`,
 NULL AS `ap-uuid`,
 NULL AS `ap-type`,
 NULL AS `ap-following`,
 NULL AS `ap-followers`,
 NULL AS `ap-inbox`,
 NULL AS `ap-outbox`,
 NULL AS `ap-sharedinbox`,
 NULL AS `ap-generator`,
 NULL AS `ap-posting-restricted`,
 NULL AS `ap-following_count`,
 NULL AS `ap-followers_count`,
 NULL AS `ap-statuses_count`,
 NULL AS `site_name`,
 NULL AS `platform`,
 NULL AS `version`,
 NULL AS `server-blocked`,
 NULL AS `server-failed` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `account-view`
--

DROP TABLE IF EXISTS `account-view`;
/*!50001 DROP VIEW IF EXISTS `account-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `account-view` AS SELECT
 NULL AS `id`,
 NULL AS `url`,
 NULL AS `nurl`,
 NULL AS `uri-id`,
 NULL AS `guid`,
 NULL AS `addr`,
 NULL AS `alias`,
 NULL AS `name`,
 NULL AS `nick`,
 NULL AS `about`,
 NULL AS `keywords`,
 NULL AS `xmpp`,
 NULL AS `matrix`,
 NULL AS `avatar`,
 NULL AS `photo`,
 NULL AS `thumb`,
 NULL AS `micro`,
 NULL AS `header`,
 NULL AS `created`,
 NULL AS `updated`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `location`,
 NULL AS `attag`,
 NULL AS `pubkey`,
 NULL AS `prvkey`,
 NULL AS `subscribe`,
 NULL AS `last-update`,
 NULL AS `success_update`,
 NULL AS `failure_update`,
 NULL AS `failed`,
 NULL AS `last-item`,
 NULL AS `last-discovery`,
 NULL AS `contact-type`,
 NULL AS `manually-approve`,
 NULL AS `unsearchable`,
 NULL AS `sensitive`,
 NULL AS `baseurl`,
 NULL AS `gsid`,
 NULL AS `info`,
 NULL AS `bdyear`,
 NULL AS `bd`,
 NULL AS `poco`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `term-date`,
 NULL AS `global-ignored`,
 NULL AS `global-blocked`,
 NULL AS `hidden`,
 NULL AS `archive`,
 NULL AS `deleted`,
 NULL AS `blocked`,
 NULL AS `dfrn-notify`,
 NULL AS `dfrn-poll`,
 NULL AS `diaspora-guid`,
 NULL AS `diaspora-batch`,
 NULL AS `diaspora-notify`,
 NULL AS `diaspora-poll`,
 NULL AS `diaspora-alias`,
 NULL AS `ap-uuid`,
 NULL AS `ap-type`,
 NULL AS `ap-following`,
 NULL AS `ap-followers`,
 NULL AS `ap-inbox`,
 NULL AS `ap-outbox`,
 NULL AS `ap-sharedinbox`,
 NULL AS `ap-generator`,
 NULL AS `ap-posting-restricted`,
 NULL AS `ap-following_count`,
 NULL AS `ap-followers_count`,
 NULL AS `ap-statuses_count`,
 NULL AS `site_name`,
 NULL AS `platform`,
 NULL AS `version`,
 NULL AS `server-blocked`,
 NULL AS `server-failed` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `apcontact`
--

DROP TABLE IF EXISTS `apcontact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `apcontact` (
  `url` varbinary(383) NOT NULL COMMENT 'URL of the contact',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the apcontact url',
  `uuid` varbinary(255) DEFAULT NULL,
  `type` varchar(20) NOT NULL,
  `following` varbinary(383) DEFAULT NULL,
  `followers` varbinary(383) DEFAULT NULL,
  `inbox` varbinary(383) NOT NULL,
  `outbox` varbinary(383) DEFAULT NULL,
  `sharedinbox` varbinary(383) DEFAULT NULL,
  `featured` varbinary(383) DEFAULT NULL COMMENT 'Address for the collection of featured posts',
  `featured-tags` varbinary(383) DEFAULT NULL COMMENT 'Address for the collection of featured tags',
  `manually-approve` tinyint(1) DEFAULT NULL,
  `discoverable` tinyint(1) DEFAULT NULL COMMENT 'Mastodon extension: true if profile is published in their directory',
  `suspended` tinyint(1) DEFAULT NULL COMMENT 'Mastodon extension: true if profile is suspended',
  `posting-restricted` tinyint(1) DEFAULT NULL COMMENT 'lemmy:postingRestrictedToMods',
  `nick` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) DEFAULT NULL,
  `about` text DEFAULT NULL,
  `xmpp` varchar(255) DEFAULT NULL COMMENT 'XMPP address',
  `matrix` varchar(255) DEFAULT NULL COMMENT 'Matrix address',
  `photo` varbinary(383) DEFAULT NULL,
  `header` varbinary(383) DEFAULT NULL COMMENT 'Header picture',
  `addr` varchar(255) DEFAULT NULL,
  `alias` varbinary(383) DEFAULT NULL,
  `pubkey` text DEFAULT NULL,
  `subscribe` varbinary(383) DEFAULT NULL,
  `baseurl` varbinary(383) DEFAULT NULL COMMENT 'baseurl of the ap contact',
  `gsid` int(10) unsigned DEFAULT NULL COMMENT 'Global Server ID',
  `generator` varchar(255) DEFAULT NULL COMMENT 'Name of the contact''s system',
  `following_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of following contacts',
  `followers_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of followers',
  `statuses_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of posts',
  `updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`url`),
  UNIQUE KEY `uri-id` (`uri-id`),
  KEY `addr` (`addr`(32)),
  KEY `alias` (`alias`(190)),
  KEY `followers` (`followers`(190)),
  KEY `baseurl` (`baseurl`(190)),
  KEY `sharedinbox` (`sharedinbox`(190)),
  KEY `gsid` (`gsid`),
  CONSTRAINT `apcontact_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `apcontact_ibfk_2` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='ActivityPub compatible contacts - used in the ActivityPub implementation';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `application`
--

DROP TABLE IF EXISTS `application`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `application` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'generated index',
  `client_id` varchar(64) NOT NULL,
  `client_secret` varchar(64) NOT NULL,
  `name` varchar(255) NOT NULL,
  `redirect_uri` varbinary(383) NOT NULL,
  `website` varbinary(383) DEFAULT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `read` tinyint(1) DEFAULT NULL COMMENT 'Read scope',
  `write` tinyint(1) DEFAULT NULL COMMENT 'Write scope',
  `follow` tinyint(1) DEFAULT NULL COMMENT 'Follow scope',
  `push` tinyint(1) DEFAULT NULL COMMENT 'Push scope',
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='OAuth application';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `application-marker`
--

DROP TABLE IF EXISTS `application-marker`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `application-marker` (
  `application-id` int(10) unsigned NOT NULL,
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner User id',
  `timeline` varchar(64) NOT NULL COMMENT 'Marker (home, notifications)',
  `last_read_id` varbinary(383) DEFAULT NULL COMMENT 'Marker id for the timeline',
  `version` smallint(5) unsigned DEFAULT NULL COMMENT 'Version number',
  `updated_at` datetime DEFAULT NULL COMMENT 'creation time',
  PRIMARY KEY (`application-id`,`uid`,`timeline`),
  KEY `uid_id` (`uid`),
  CONSTRAINT `application-marker_ibfk_1` FOREIGN KEY (`application-id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `application-marker_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Timeline marker';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `application-token`
--

DROP TABLE IF EXISTS `application-token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `application-token` (
  `application-id` int(10) unsigned NOT NULL,
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner User id',
  `code` varchar(64) NOT NULL,
  `access_token` varchar(64) NOT NULL,
  `created_at` datetime NOT NULL COMMENT 'creation time',
  `scopes` varchar(255) DEFAULT NULL,
  `read` tinyint(1) DEFAULT NULL COMMENT 'Read scope',
  `write` tinyint(1) DEFAULT NULL COMMENT 'Write scope',
  `follow` tinyint(1) DEFAULT NULL COMMENT 'Follow scope',
  `push` tinyint(1) DEFAULT NULL COMMENT 'Push scope',
  PRIMARY KEY (`application-id`,`uid`),
  KEY `uid_id` (`uid`,`application-id`),
  CONSTRAINT `application-token_ibfk_1` FOREIGN KEY (`application-id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `application-token_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='OAuth user token';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `application-view`
--

DROP TABLE IF EXISTS `application-view`;
/*!50001 DROP VIEW IF EXISTS `application-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `application-view` AS SELECT
 NULL AS `id`,
 NULL AS `uid`,
 NULL AS `name`,
 NULL AS `redirect_uri`,
 NULL AS `website`,
 NULL AS `client_id`,
 NULL AS `client_secret`,
 NULL AS `code`,
 NULL AS `access_token`,
 NULL AS `created_at`,
 NULL AS `scopes`,
 NULL AS `read`,
 NULL AS `write`,
 NULL AS `follow`,
 NULL AS `push` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `arrived-activity`
--

DROP TABLE IF EXISTS `arrived-activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `arrived-activity` (
  `object-id` varbinary(383) NOT NULL COMMENT 'object id of the incoming activity',
  `received` datetime DEFAULT NULL COMMENT 'Receiving date',
  PRIMARY KEY (`object-id`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Id of arrived activities';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `attach`
--

DROP TABLE IF EXISTS `attach`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `attach` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'generated index',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `hash` varchar(64) NOT NULL DEFAULT '' COMMENT 'hash',
  `filename` varchar(255) NOT NULL DEFAULT '' COMMENT 'filename of original',
  `filetype` varchar(64) NOT NULL DEFAULT '' COMMENT 'mimetype',
  `filesize` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'size in bytes',
  `data` longblob NOT NULL COMMENT 'file data',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation time',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'last edit time',
  `allow_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed contact.id ''<19><78>',
  `allow_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed circles',
  `deny_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied contact.id',
  `deny_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied circles',
  `backend-class` tinytext DEFAULT NULL COMMENT 'Storage backend class',
  `backend-ref` text DEFAULT NULL COMMENT 'Storage backend data reference',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `attach_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='file attachments';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `cache`
--

DROP TABLE IF EXISTS `cache`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `cache` (
  `k` varbinary(255) NOT NULL COMMENT 'cache key',
  `v` mediumtext DEFAULT NULL COMMENT 'cached serialized value',
  `expires` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of cache expiration',
  `updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of cache insertion',
  PRIMARY KEY (`k`),
  KEY `k_expires` (`k`,`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Stores temporary data';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `category-view`
--

DROP TABLE IF EXISTS `category-view`;
/*!50001 DROP VIEW IF EXISTS `category-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `category-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `uid`,
 NULL AS `type`,
 NULL AS `tid`,
 NULL AS `name`,
 NULL AS `url` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `channel`
--

DROP TABLE IF EXISTS `channel`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `channel` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User id',
  `label` varchar(64) NOT NULL COMMENT 'Channel label',
  `description` varchar(64) DEFAULT NULL COMMENT 'Channel description',
  `circle` int(11) DEFAULT NULL COMMENT 'Circle or channel that this channel is based on',
  `access-key` varchar(1) DEFAULT NULL COMMENT 'Access key',
  `include-tags` varchar(1023) DEFAULT NULL COMMENT 'Comma separated list of tags that will be included in the channel',
  `exclude-tags` varchar(1023) DEFAULT NULL COMMENT 'Comma separated list of tags that aren''t allowed in the channel',
  `min-size` int(10) unsigned DEFAULT NULL COMMENT 'Minimum post size',
  `max-size` int(10) unsigned DEFAULT NULL COMMENT 'Maximum post size',
  `full-text-search` varchar(1023) DEFAULT NULL COMMENT 'Full text search pattern, see https://mariadb.com/kb/en/full-text-index-overview/#in-boolean-mode',
  `media-type` smallint(5) unsigned DEFAULT NULL COMMENT 'Filtered media types',
  `languages` mediumtext DEFAULT NULL COMMENT 'Desired languages',
  `publish` tinyint(1) DEFAULT NULL COMMENT 'publish channel content',
  `valid` tinyint(1) DEFAULT NULL COMMENT 'Set, when the full-text-search is valid',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `channel_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='User defined Channels';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `check-full-text-search`
--

DROP TABLE IF EXISTS `check-full-text-search`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `check-full-text-search` (
  `pid` int(10) unsigned NOT NULL COMMENT 'The ID of the process',
  `searchtext` mediumtext DEFAULT NULL COMMENT 'Simplified text for the full text search',
  PRIMARY KEY (`pid`),
  FULLTEXT KEY `searchtext` (`searchtext`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Check for a full text search match in user defined channels before storing the message in the system';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `circle-member-view`
--

DROP TABLE IF EXISTS `circle-member-view`;
/*!50001 DROP VIEW IF EXISTS `circle-member-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `circle-member-view` AS SELECT
 NULL AS `id`,
 NULL AS `uid`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-self`,
 NULL AS `contact-rel`,
 NULL AS `contact-contact-type`,
 NULL AS `circle-id`,
 NULL AS `circle-visible`,
 NULL AS `circle-deleted`,
 NULL AS `circle-name` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `collection-view`
--

DROP TABLE IF EXISTS `collection-view`;
/*!50001 DROP VIEW IF EXISTS `collection-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `collection-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `type`,
 NULL AS `cid`,
 NULL AS `received`,
 NULL AS `created`,
 NULL AS `commented`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `thr-parent-id`,
 NULL AS `author-id`,
 NULL AS `gravity` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `config`
--

DROP TABLE IF EXISTS `config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `config` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cat` varbinary(50) NOT NULL DEFAULT '' COMMENT 'The category of the entry',
  `k` varbinary(50) NOT NULL DEFAULT '' COMMENT 'The key of the entry',
  `v` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cat_k` (`cat`,`k`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='main configuration storage';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `contact`
--

DROP TABLE IF EXISTS `contact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `contact` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `updated` datetime DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of last contact update',
  `network` char(4) NOT NULL DEFAULT '' COMMENT 'Network of the contact',
  `name` varchar(255) NOT NULL DEFAULT '' COMMENT 'Name that this contact is known by',
  `nick` varchar(255) NOT NULL DEFAULT '' COMMENT 'Nick- and user name of the contact',
  `location` varchar(255) DEFAULT '',
  `about` text DEFAULT NULL,
  `keywords` text DEFAULT NULL COMMENT 'public keywords (interests) of the contact',
  `xmpp` varchar(255) NOT NULL DEFAULT '' COMMENT 'XMPP address',
  `matrix` varchar(255) NOT NULL DEFAULT '' COMMENT 'Matrix address',
  `avatar` varbinary(383) NOT NULL DEFAULT '',
  `blurhash` varbinary(255) DEFAULT NULL COMMENT 'BlurHash representation of the avatar',
  `header` varbinary(383) DEFAULT NULL COMMENT 'Header picture',
  `url` varbinary(383) NOT NULL DEFAULT '',
  `nurl` varbinary(383) NOT NULL DEFAULT '',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the contact url',
  `addr` varchar(255) NOT NULL DEFAULT '',
  `alias` varbinary(383) NOT NULL DEFAULT '',
  `pubkey` text DEFAULT NULL COMMENT 'RSA public key 4096 bit',
  `prvkey` text DEFAULT NULL COMMENT 'RSA private key 4096 bit',
  `batch` varbinary(383) NOT NULL DEFAULT '',
  `notify` varbinary(383) DEFAULT NULL,
  `poll` varbinary(383) DEFAULT NULL,
  `subscribe` varbinary(383) DEFAULT NULL,
  `last-update` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last try to update the contact info',
  `next-update` datetime DEFAULT NULL COMMENT 'Next connection request',
  `success_update` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last successful contact update',
  `failure_update` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last failed update',
  `failed` tinyint(1) DEFAULT NULL COMMENT 'Connection failed',
  `term-date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `last-item` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'date of the last post',
  `last-discovery` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'date of the last follower discovery',
  `local-data` tinyint(1) DEFAULT NULL COMMENT 'Is true when there are posts with this contact on the system',
  `blocked` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Node-wide block status',
  `block_reason` text DEFAULT NULL COMMENT 'Node-wide block reason',
  `readonly` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'posts of the contact are readonly',
  `contact-type` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Person, organisation, news, community, relay',
  `manually-approve` tinyint(1) DEFAULT NULL COMMENT 'Contact requests have to be approved manually',
  `archive` tinyint(1) NOT NULL DEFAULT 0,
  `unsearchable` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Contact prefers to not be searchable',
  `sensitive` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Contact posts sensitive content',
  `baseurl` varbinary(383) DEFAULT '' COMMENT 'baseurl of the contact from the gserver record, can be missing',
  `gsid` int(10) unsigned DEFAULT NULL COMMENT 'Global Server ID, can be missing',
  `bd` date NOT NULL DEFAULT '0001-01-01',
  `reason` text DEFAULT NULL,
  `self` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 if the contact is the user him/her self',
  `remote_self` tinyint(1) NOT NULL DEFAULT 0,
  `rel` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'The kind of the relation between the user and the contact',
  `protocol` char(4) NOT NULL DEFAULT '' COMMENT 'Protocol of the contact',
  `hub-verify` varbinary(383) NOT NULL DEFAULT '',
  `rating` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Automatically detected feed poll frequency',
  `priority` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Feed poll priority',
  `attag` varchar(255) NOT NULL DEFAULT '',
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `pending` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Contact request is pending',
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Contact has been deleted',
  `info` mediumtext DEFAULT NULL,
  `notify_new_posts` tinyint(1) NOT NULL DEFAULT 0,
  `fetch_further_information` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `ffi_keyword_denylist` text DEFAULT NULL,
  `photo` varbinary(383) DEFAULT '' COMMENT 'Link to the profile photo of the contact',
  `thumb` varbinary(383) DEFAULT '' COMMENT 'Link to the profile photo (thumb size)',
  `micro` varbinary(383) DEFAULT '' COMMENT 'Link to the profile photo (micro size)',
  `name-date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `uri-date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `avatar-date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `request` varbinary(383) DEFAULT NULL,
  `confirm` varbinary(383) DEFAULT NULL,
  `poco` varbinary(383) DEFAULT NULL,
  `writable` tinyint(1) NOT NULL DEFAULT 0,
  `forum` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'contact is a group. Deprecated, use ''contact-type'' = ''community'' and ''manually-approve'' = false instead',
  `prv` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'contact is a private group. Deprecated, use ''contact-type'' = ''community'' and ''manually-approve'' = true instead',
  `bdyear` varchar(4) NOT NULL DEFAULT '',
  `site-pubkey` text DEFAULT NULL COMMENT 'Deprecated',
  `gender` varchar(32) NOT NULL DEFAULT '' COMMENT 'Deprecated',
  `duplex` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated',
  `issued-id` varbinary(383) NOT NULL DEFAULT '' COMMENT 'Deprecated',
  `dfrn-id` varbinary(383) NOT NULL DEFAULT '' COMMENT 'Deprecated',
  `aes_allow` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated',
  `ret-aes` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated',
  `usehub` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated',
  `closeness` tinyint(3) unsigned NOT NULL DEFAULT 99 COMMENT 'Deprecated',
  `profile-id` int(10) unsigned DEFAULT NULL COMMENT 'Deprecated',
  PRIMARY KEY (`id`),
  KEY `uid_name` (`uid`,`name`(190)),
  KEY `self_uid` (`self`,`uid`),
  KEY `alias_uid` (`alias`(128),`uid`),
  KEY `pending_uid` (`pending`,`uid`),
  KEY `blocked_uid` (`blocked`,`uid`),
  KEY `uid_rel_network_poll` (`uid`,`rel`,`network`,`poll`(64),`archive`),
  KEY `uid_network_batch` (`uid`,`network`,`batch`(64)),
  KEY `batch_contact-type` (`batch`(64),`contact-type`),
  KEY `addr_uid` (`addr`(128),`uid`),
  KEY `nurl_uid` (`nurl`(128),`uid`),
  KEY `nick_uid` (`nick`(128),`uid`),
  KEY `attag_uid` (`attag`(96),`uid`),
  KEY `network_uid_lastupdate` (`network`,`uid`,`last-update`),
  KEY `uid_network_self_lastupdate` (`uid`,`network`,`self`,`last-update`),
  KEY `next-update` (`next-update`),
  KEY `local-data-next-update` (`local-data`,`next-update`),
  KEY `uid_lastitem` (`uid`,`last-item`),
  KEY `baseurl` (`baseurl`(64)),
  KEY `uid_contact-type` (`uid`,`contact-type`),
  KEY `uid_self_contact-type` (`uid`,`self`,`contact-type`),
  KEY `self_network_uid` (`self`,`network`,`uid`),
  KEY `gsid_uid_failed` (`gsid`,`uid`,`failed`),
  KEY `uri-id` (`uri-id`),
  CONSTRAINT `contact_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `contact_ibfk_2` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contact_ibfk_3` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='contact table';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `contact-relation`
--

DROP TABLE IF EXISTS `contact-relation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `contact-relation` (
  `cid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact the related contact had interacted with',
  `relation-cid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'related contact who had interacted with the contact',
  `last-interaction` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last interaction by relation-cid on cid',
  `follow-updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last update of the contact relationship',
  `follows` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'if true, relation-cid follows cid',
  `score` smallint(5) unsigned DEFAULT NULL COMMENT 'score for interactions of cid on relation-cid',
  `relation-score` smallint(5) unsigned DEFAULT NULL COMMENT 'score for interactions of relation-cid on cid',
  `thread-score` smallint(5) unsigned DEFAULT NULL COMMENT 'score for interactions of cid on threads of relation-cid',
  `relation-thread-score` smallint(5) unsigned DEFAULT NULL COMMENT 'score for interactions of relation-cid on threads of cid',
  `post-score` smallint(5) unsigned DEFAULT NULL COMMENT 'score for the amount of posts from cid that can be seen by relation-cid',
  PRIMARY KEY (`cid`,`relation-cid`),
  KEY `relation-cid` (`relation-cid`),
  CONSTRAINT `contact-relation_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contact-relation_ibfk_2` FOREIGN KEY (`relation-cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Contact relations';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `conv`
--

DROP TABLE IF EXISTS `conv`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `conv` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `guid` varbinary(255) NOT NULL DEFAULT '' COMMENT 'A unique identifier for this conversation',
  `recips` text DEFAULT NULL COMMENT 'sender_handle;recipient_handle',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `creator` varchar(255) NOT NULL DEFAULT '' COMMENT 'handle of creator',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation timestamp',
  `updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'edited timestamp',
  `subject` text DEFAULT NULL COMMENT 'subject of initial message',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `conv_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='private messages';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `delayed-post`
--

DROP TABLE IF EXISTS `delayed-post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `delayed-post` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uri` varbinary(383) DEFAULT NULL COMMENT 'URI of the post that will be distributed later',
  `uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Owner User id',
  `delayed` datetime DEFAULT NULL COMMENT 'delay time',
  `wid` int(10) unsigned DEFAULT NULL COMMENT 'Workerqueue id',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_uri` (`uid`,`uri`(190)),
  KEY `wid` (`wid`),
  CONSTRAINT `delayed-post_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `delayed-post_ibfk_2` FOREIGN KEY (`wid`) REFERENCES `workerqueue` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Posts that are about to be distributed at a later time';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `delivery-queue`
--

DROP TABLE IF EXISTS `delivery-queue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `delivery-queue` (
  `gsid` int(10) unsigned NOT NULL COMMENT 'Target server',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Delivered post',
  `created` datetime DEFAULT NULL,
  `command` varbinary(32) DEFAULT NULL,
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Target contact',
  `uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Delivering user',
  `failed` tinyint(4) DEFAULT 0 COMMENT 'Number of times the delivery has failed',
  PRIMARY KEY (`uri-id`,`gsid`),
  KEY `gsid_created` (`gsid`,`created`),
  KEY `uid` (`uid`),
  KEY `cid` (`cid`),
  CONSTRAINT `delivery-queue_ibfk_1` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`),
  CONSTRAINT `delivery-queue_ibfk_2` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `delivery-queue_ibfk_3` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `delivery-queue_ibfk_4` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Delivery data for posts for the batch processing';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `diaspora-contact`
--

DROP TABLE IF EXISTS `diaspora-contact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `diaspora-contact` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the contact URL',
  `addr` varchar(255) DEFAULT NULL,
  `alias` varchar(255) DEFAULT NULL,
  `nick` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `given-name` varchar(255) DEFAULT NULL,
  `family-name` varchar(255) DEFAULT NULL,
  `photo` varchar(255) DEFAULT NULL,
  `photo-medium` varchar(255) DEFAULT NULL,
  `photo-small` varchar(255) DEFAULT NULL,
  `batch` varchar(255) DEFAULT NULL,
  `notify` varchar(255) DEFAULT NULL,
  `poll` varchar(255) DEFAULT NULL,
  `subscribe` varchar(255) DEFAULT NULL,
  `searchable` tinyint(1) DEFAULT NULL,
  `pubkey` text DEFAULT NULL,
  `gsid` int(10) unsigned DEFAULT NULL COMMENT 'Global Server ID',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `interacting_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of contacts this contact interacts with',
  `interacted_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of contacts that interacted with this contact',
  `post_count` int(10) unsigned DEFAULT 0 COMMENT 'Number of posts and comments',
  PRIMARY KEY (`uri-id`),
  UNIQUE KEY `addr` (`addr`),
  KEY `alias` (`alias`),
  KEY `gsid` (`gsid`),
  CONSTRAINT `diaspora-contact_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `diaspora-contact_ibfk_2` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Diaspora compatible contacts - used in the Diaspora implementation';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `diaspora-contact-view`
--

DROP TABLE IF EXISTS `diaspora-contact-view`;
/*!50001 DROP VIEW IF EXISTS `diaspora-contact-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `diaspora-contact-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `url`,
 NULL AS `guid`,
 NULL AS `addr`,
 NULL AS `alias`,
 NULL AS `nick`,
 NULL AS `name`,
 NULL AS `given-name`,
 NULL AS `family-name`,
 NULL AS `photo`,
 NULL AS `photo-medium`,
 NULL AS `photo-small`,
 NULL AS `batch`,
 NULL AS `notify`,
 NULL AS `poll`,
 NULL AS `subscribe`,
 NULL AS `searchable`,
 NULL AS `pubkey`,
 NULL AS `baseurl`,
 NULL AS `gsid`,
 NULL AS `created`,
 NULL AS `updated`,
 NULL AS `interacting_count`,
 NULL AS `interacted_count`,
 NULL AS `post_count` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `diaspora-interaction`
--

DROP TABLE IF EXISTS `diaspora-interaction`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `diaspora-interaction` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `interaction` mediumtext DEFAULT NULL COMMENT 'The Diaspora interaction',
  PRIMARY KEY (`uri-id`),
  CONSTRAINT `diaspora-interaction_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Signed Diaspora Interaction';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `endpoint`
--

DROP TABLE IF EXISTS `endpoint`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `endpoint` (
  `url` varbinary(383) NOT NULL COMMENT 'URL of the contact',
  `type` varchar(20) NOT NULL,
  `owner-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the apcontact url',
  PRIMARY KEY (`url`),
  UNIQUE KEY `owner-uri-id_type` (`owner-uri-id`,`type`),
  CONSTRAINT `endpoint_ibfk_1` FOREIGN KEY (`owner-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='ActivityPub endpoints - used in the ActivityPub implementation';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `event`
--

DROP TABLE IF EXISTS `event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `guid` varbinary(255) NOT NULL DEFAULT '',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `cid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact_id (ID of the contact in contact table)',
  `uri` varbinary(383) NOT NULL DEFAULT '',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the event uri',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation time',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'last edit time',
  `start` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'event start time',
  `finish` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'event end time',
  `summary` text DEFAULT NULL COMMENT 'short description or title of the event',
  `desc` text DEFAULT NULL COMMENT 'event description',
  `location` text DEFAULT NULL COMMENT 'event location',
  `type` varchar(20) NOT NULL DEFAULT '' COMMENT 'event or birthday',
  `nofinish` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'if event does have no end this is 1',
  `ignore` tinyint(1) NOT NULL DEFAULT 0 COMMENT '0 or 1',
  `allow_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed contact.id ''<19><78>''',
  `allow_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed circles',
  `deny_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied contact.id',
  `deny_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied circles',
  PRIMARY KEY (`id`),
  KEY `uid_start` (`uid`,`start`),
  KEY `cid` (`cid`),
  KEY `uri-id` (`uri-id`),
  CONSTRAINT `event_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `event_ibfk_2` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_ibfk_3` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Events';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `fetch-entry`
--

DROP TABLE IF EXISTS `fetch-entry`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `fetch-entry` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `url` varbinary(383) DEFAULT NULL COMMENT 'url that awaiting to be fetched',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation date of the fetch request',
  `wid` int(10) unsigned DEFAULT NULL COMMENT 'Workerqueue id',
  PRIMARY KEY (`id`),
  UNIQUE KEY `url` (`url`),
  KEY `created` (`created`),
  KEY `wid` (`wid`),
  CONSTRAINT `fetch-entry_ibfk_1` FOREIGN KEY (`wid`) REFERENCES `workerqueue` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `fetched-activity`
--

DROP TABLE IF EXISTS `fetched-activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `fetched-activity` (
  `object-id` varbinary(383) NOT NULL COMMENT 'object id of fetched activity',
  `received` datetime DEFAULT NULL COMMENT 'Receiving date',
  PRIMARY KEY (`object-id`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Id of fetched activities';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `fsuggest`
--

DROP TABLE IF EXISTS `fsuggest`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `fsuggest` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `cid` int(10) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `url` varbinary(383) NOT NULL DEFAULT '',
  `request` varbinary(383) NOT NULL DEFAULT '',
  `photo` varbinary(383) NOT NULL DEFAULT '',
  `note` text DEFAULT NULL,
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `cid` (`cid`),
  KEY `uid` (`uid`),
  CONSTRAINT `fsuggest_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `fsuggest_ibfk_2` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='friend suggestion stuff';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `group`
--

DROP TABLE IF EXISTS `group`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `visible` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 indicates the member list is not private',
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 indicates the circle has been deleted',
  `cid` int(10) unsigned DEFAULT NULL COMMENT 'Contact id of group. When this field is filled then the members are synced automatically.',
  `name` varchar(255) NOT NULL DEFAULT '' COMMENT 'human readable name of circle',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `cid` (`cid`),
  CONSTRAINT `group_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `group_ibfk_2` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='privacy circles, circle info';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `group_member`
--

DROP TABLE IF EXISTS `group_member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `group_member` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `gid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'group.id of the associated circle',
  `contact-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact.id of the member assigned to the associated circle',
  PRIMARY KEY (`id`),
  UNIQUE KEY `gid_contactid` (`gid`,`contact-id`),
  KEY `contactid` (`contact-id`),
  CONSTRAINT `group_member_ibfk_1` FOREIGN KEY (`gid`) REFERENCES `group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_member_ibfk_2` FOREIGN KEY (`contact-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='privacy circles, member info';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gserver`
--

DROP TABLE IF EXISTS `gserver`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gserver` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `url` varbinary(383) NOT NULL DEFAULT '',
  `nurl` varbinary(383) NOT NULL DEFAULT '',
  `version` varchar(255) NOT NULL DEFAULT '' COMMENT 'The version of this server software.',
  `site_name` varchar(255) NOT NULL DEFAULT '',
  `info` text DEFAULT NULL,
  `register_policy` tinyint(4) NOT NULL DEFAULT 0,
  `registered-users` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Number of registered users',
  `active-week-users` int(10) unsigned DEFAULT NULL COMMENT 'Number of active users in the last week',
  `active-month-users` int(10) unsigned DEFAULT NULL COMMENT 'Number of active users in the last month',
  `active-halfyear-users` int(10) unsigned DEFAULT NULL COMMENT 'Number of active users in the last six month',
  `local-posts` int(10) unsigned DEFAULT NULL COMMENT 'Number of local posts',
  `local-comments` int(10) unsigned DEFAULT NULL COMMENT 'Number of local comments',
  `directory-type` tinyint(4) DEFAULT 0 COMMENT 'Type of directory service (Poco, Mastodon)',
  `poco` varbinary(383) NOT NULL DEFAULT '',
  `openwebauth` varbinary(383) DEFAULT NULL COMMENT 'Path to the OpenWebAuth endpoint',
  `authredirect` varbinary(383) DEFAULT NULL COMMENT 'Path to the authRedirect endpoint',
  `noscrape` varbinary(383) NOT NULL DEFAULT '',
  `network` char(4) NOT NULL DEFAULT '',
  `protocol` tinyint(3) unsigned DEFAULT NULL COMMENT 'The protocol of the server',
  `platform` varchar(255) NOT NULL DEFAULT '' COMMENT 'The canonical name of this server software.',
  `repository` varbinary(383) DEFAULT NULL COMMENT 'The url of the source code repository of this server software.',
  `homepage` varbinary(383) DEFAULT NULL COMMENT 'The url of the homepage of this server software.',
  `relay-subscribe` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Has the server subscribed to the relay system',
  `relay-scope` varchar(10) NOT NULL DEFAULT '' COMMENT 'The scope of messages that the server wants to get',
  `detection-method` tinyint(3) unsigned DEFAULT NULL COMMENT 'Method that had been used to detect that server',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `last_poco_query` datetime DEFAULT '0001-01-01 00:00:00',
  `last_contact` datetime DEFAULT '0001-01-01 00:00:00' COMMENT 'Last successful connection request',
  `last_failure` datetime DEFAULT '0001-01-01 00:00:00' COMMENT 'Last failed connection request',
  `blocked` tinyint(1) DEFAULT NULL COMMENT 'Server is blocked',
  `failed` tinyint(1) DEFAULT NULL COMMENT 'Connection failed',
  `next_contact` datetime DEFAULT '0001-01-01 00:00:00' COMMENT 'Next connection request',
  PRIMARY KEY (`id`),
  UNIQUE KEY `nurl` (`nurl`(190)),
  KEY `next_contact` (`next_contact`),
  KEY `network` (`network`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Global servers';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `gserver-tag`
--

DROP TABLE IF EXISTS `gserver-tag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `gserver-tag` (
  `gserver-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'The id of the gserver',
  `tag` varchar(100) NOT NULL DEFAULT '' COMMENT 'Tag that the server has subscribed',
  PRIMARY KEY (`gserver-id`,`tag`),
  KEY `tag` (`tag`),
  CONSTRAINT `gserver-tag_ibfk_1` FOREIGN KEY (`gserver-id`) REFERENCES `gserver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Tags that the server has subscribed';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `hook`
--

DROP TABLE IF EXISTS `hook`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `hook` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `hook` varbinary(100) NOT NULL DEFAULT '' COMMENT 'name of hook',
  `file` varbinary(200) NOT NULL DEFAULT '' COMMENT 'relative filename of hook handler',
  `function` varbinary(200) NOT NULL DEFAULT '' COMMENT 'function name of hook handler',
  `priority` smallint(5) unsigned NOT NULL DEFAULT 0 COMMENT 'not yet implemented - can be used to sort conflicts in hook handling by calling handlers in priority order',
  PRIMARY KEY (`id`),
  UNIQUE KEY `hook_file_function` (`hook`,`file`,`function`),
  KEY `priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='addon hook registry';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `inbox-entry`
--

DROP TABLE IF EXISTS `inbox-entry`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `inbox-entry` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `activity-id` varbinary(383) DEFAULT NULL COMMENT 'id of the incoming activity',
  `object-id` varbinary(383) DEFAULT NULL,
  `in-reply-to-id` varbinary(383) DEFAULT NULL,
  `context` varbinary(383) DEFAULT NULL,
  `conversation` varbinary(383) DEFAULT NULL,
  `type` varchar(64) DEFAULT NULL COMMENT 'Type of the activity',
  `object-type` varchar(64) DEFAULT NULL COMMENT 'Type of the object activity',
  `object-object-type` varchar(64) DEFAULT NULL COMMENT 'Type of the object''s object activity',
  `received` datetime DEFAULT NULL COMMENT 'Receiving date',
  `activity` mediumtext DEFAULT NULL COMMENT 'The JSON activity',
  `signer` varchar(255) DEFAULT NULL,
  `push` tinyint(1) DEFAULT NULL COMMENT 'Is the entry pushed or have pulled it?',
  `trust` tinyint(1) DEFAULT NULL COMMENT 'Do we trust this entry?',
  `wid` int(10) unsigned DEFAULT NULL COMMENT 'Workerqueue id',
  `retrial` tinyint(3) unsigned DEFAULT 0 COMMENT 'Retrial counter',
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity-id` (`activity-id`),
  KEY `object-id` (`object-id`),
  KEY `received` (`received`),
  KEY `wid` (`wid`),
  CONSTRAINT `inbox-entry_ibfk_1` FOREIGN KEY (`wid`) REFERENCES `workerqueue` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Incoming activity';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `inbox-entry-receiver`
--

DROP TABLE IF EXISTS `inbox-entry-receiver`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `inbox-entry-receiver` (
  `queue-id` int(10) unsigned NOT NULL,
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'User id',
  PRIMARY KEY (`queue-id`,`uid`),
  KEY `uid` (`uid`),
  CONSTRAINT `inbox-entry-receiver_ibfk_1` FOREIGN KEY (`queue-id`) REFERENCES `inbox-entry` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inbox-entry-receiver_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Receiver for the incoming activity';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `inbox-status`
--

DROP TABLE IF EXISTS `inbox-status`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `inbox-status` (
  `url` varbinary(383) NOT NULL COMMENT 'URL of the inbox',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of inbox url',
  `gsid` int(10) unsigned DEFAULT NULL COMMENT 'ID of the related server',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation date of this entry',
  `success` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last successful delivery',
  `failure` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of the last failed delivery',
  `previous` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Previous delivery date',
  `archive` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is the inbox archived?',
  `shared` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is it a shared inbox?',
  PRIMARY KEY (`url`),
  KEY `uri-id` (`uri-id`),
  KEY `gsid` (`gsid`),
  CONSTRAINT `inbox-status_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inbox-status_ibfk_2` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Status of ActivityPub inboxes';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `intro`
--

DROP TABLE IF EXISTS `intro`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `intro` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `fid` int(10) unsigned DEFAULT NULL COMMENT 'deprecated',
  `contact-id` int(10) unsigned NOT NULL DEFAULT 0,
  `suggest-cid` int(10) unsigned DEFAULT NULL COMMENT 'Suggested contact',
  `knowyou` tinyint(1) NOT NULL DEFAULT 0,
  `duplex` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'deprecated',
  `note` text DEFAULT NULL,
  `hash` varbinary(255) NOT NULL DEFAULT '',
  `datetime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `blocked` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'deprecated',
  `ignore` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `contact-id` (`contact-id`),
  KEY `suggest-cid` (`suggest-cid`),
  KEY `uid` (`uid`),
  CONSTRAINT `intro_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `intro_ibfk_2` FOREIGN KEY (`contact-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `intro_ibfk_3` FOREIGN KEY (`suggest-cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `item-uri`
--

DROP TABLE IF EXISTS `item-uri`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `item-uri` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uri` varbinary(383) NOT NULL COMMENT 'URI of an item',
  `guid` varbinary(255) DEFAULT NULL COMMENT 'A unique identifier for an item',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uri` (`uri`),
  KEY `guid` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='URI and GUID for items';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `key-value`
--

DROP TABLE IF EXISTS `key-value`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `key-value` (
  `k` varbinary(50) NOT NULL,
  `v` mediumtext DEFAULT NULL,
  `updated_at` int(10) unsigned NOT NULL COMMENT 'timestamp of the last update',
  PRIMARY KEY (`k`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='A key value storage';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `locks`
--

DROP TABLE IF EXISTS `locks`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `locks` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `name` varchar(128) NOT NULL DEFAULT '',
  `locked` tinyint(1) NOT NULL DEFAULT 0,
  `pid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Process ID',
  `expires` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of cache expiration',
  PRIMARY KEY (`id`),
  KEY `name_expires` (`name`,`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `mail`
--

DROP TABLE IF EXISTS `mail`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mail` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `guid` varbinary(255) NOT NULL DEFAULT '' COMMENT 'A unique identifier for this private message',
  `from-name` varchar(255) NOT NULL DEFAULT '' COMMENT 'name of the sender',
  `from-photo` varbinary(383) NOT NULL DEFAULT '' COMMENT 'contact photo link of the sender',
  `from-url` varbinary(383) NOT NULL DEFAULT '' COMMENT 'profile link of the sender',
  `contact-id` varbinary(255) DEFAULT NULL COMMENT 'contact.id',
  `author-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the author of the mail',
  `convid` int(10) unsigned DEFAULT NULL COMMENT 'conv.id',
  `title` varchar(255) NOT NULL DEFAULT '',
  `body` mediumtext DEFAULT NULL,
  `seen` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'if message visited it is 1',
  `reply` tinyint(1) NOT NULL DEFAULT 0,
  `replied` tinyint(1) NOT NULL DEFAULT 0,
  `unknown` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'if sender not in the contact table this is 1',
  `uri` varbinary(383) NOT NULL DEFAULT '',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the related mail',
  `parent-uri` varbinary(383) NOT NULL DEFAULT '',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the parent of the related mail',
  `thr-parent` varbinary(383) DEFAULT NULL,
  `thr-parent-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the thread parent uri',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation time of the private message',
  PRIMARY KEY (`id`),
  KEY `uid_seen` (`uid`,`seen`),
  KEY `convid` (`convid`),
  KEY `uri` (`uri`(64)),
  KEY `parent-uri` (`parent-uri`(64)),
  KEY `contactid` (`contact-id`(32)),
  KEY `author-id` (`author-id`),
  KEY `uri-id` (`uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  KEY `thr-parent-id` (`thr-parent-id`),
  CONSTRAINT `mail_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `mail_ibfk_2` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `mail_ibfk_3` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mail_ibfk_4` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mail_ibfk_5` FOREIGN KEY (`thr-parent-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='private messages';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `mailacct`
--

DROP TABLE IF EXISTS `mailacct`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mailacct` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `server` varchar(255) NOT NULL DEFAULT '',
  `port` smallint(5) unsigned NOT NULL DEFAULT 0,
  `ssltype` varchar(16) NOT NULL DEFAULT '',
  `mailbox` varchar(255) NOT NULL DEFAULT '',
  `user` varchar(255) NOT NULL DEFAULT '',
  `pass` text DEFAULT NULL,
  `reply_to` varchar(255) NOT NULL DEFAULT '',
  `action` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `movetofolder` varchar(255) NOT NULL DEFAULT '',
  `pubmail` tinyint(1) NOT NULL DEFAULT 0,
  `last_check` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `mailacct_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Mail account data for fetching mails';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `manage`
--

DROP TABLE IF EXISTS `manage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `manage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `mid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_mid` (`uid`,`mid`),
  KEY `mid` (`mid`),
  CONSTRAINT `manage_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `manage_ibfk_2` FOREIGN KEY (`mid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='table of accounts that can manage each other';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `media-view`
--

DROP TABLE IF EXISTS `media-view`;
/*!50001 DROP VIEW IF EXISTS `media-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `media-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `type`,
 NULL AS `received`,
 NULL AS `created`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `thr-parent-id`,
 NULL AS `author-id`,
 NULL AS `gravity` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `network-thread-circle-view`
--

DROP TABLE IF EXISTS `network-thread-circle-view`;
/*!50001 DROP VIEW IF EXISTS `network-thread-circle-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `network-thread-circle-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `parent`,
 NULL AS `received`,
 NULL AS `commented`,
 NULL AS `created`,
 NULL AS `uid`,
 NULL AS `starred`,
 NULL AS `mention`,
 NULL AS `network`,
 NULL AS `contact-id`,
 NULL AS `contact-type` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `network-thread-view`
--

DROP TABLE IF EXISTS `network-thread-view`;
/*!50001 DROP VIEW IF EXISTS `network-thread-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `network-thread-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `parent`,
 NULL AS `received`,
 NULL AS `commented`,
 NULL AS `created`,
 NULL AS `uid`,
 NULL AS `starred`,
 NULL AS `mention`,
 NULL AS `network`,
 NULL AS `contact-id`,
 NULL AS `contact-type` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `notification`
--

DROP TABLE IF EXISTS `notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notification` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Owner User id',
  `vid` smallint(5) unsigned DEFAULT NULL COMMENT 'Id of the verb table entry that contains the activity verbs',
  `type` smallint(5) unsigned DEFAULT NULL,
  `actor-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the actor that caused the notification',
  `target-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the related post',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the parent of the related post',
  `created` datetime DEFAULT NULL,
  `seen` tinyint(1) DEFAULT 0 COMMENT 'Seen on the desktop',
  `dismissed` tinyint(1) DEFAULT 0 COMMENT 'Dismissed via the API',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_vid_type_actor-id_target-uri-id` (`uid`,`vid`,`type`,`actor-id`,`target-uri-id`),
  KEY `vid` (`vid`),
  KEY `actor-id` (`actor-id`),
  KEY `target-uri-id` (`target-uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  KEY `seen_uid` (`seen`,`uid`),
  KEY `uid_type_parent-uri-id_actor-id` (`uid`,`type`,`parent-uri-id`,`actor-id`),
  CONSTRAINT `notification_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `notification_ibfk_2` FOREIGN KEY (`vid`) REFERENCES `verb` (`id`),
  CONSTRAINT `notification_ibfk_3` FOREIGN KEY (`actor-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_ibfk_4` FOREIGN KEY (`target-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_ibfk_5` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='notifications';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `notify`
--

DROP TABLE IF EXISTS `notify`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notify` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `type` smallint(5) unsigned NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL DEFAULT '',
  `url` varbinary(383) NOT NULL DEFAULT '',
  `photo` varbinary(383) NOT NULL DEFAULT '',
  `date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `msg` mediumtext DEFAULT NULL,
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `link` varbinary(383) NOT NULL DEFAULT '',
  `iid` int(10) unsigned DEFAULT NULL,
  `parent` int(10) unsigned DEFAULT NULL,
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the related post',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the parent of the related post',
  `seen` tinyint(1) NOT NULL DEFAULT 0,
  `verb` varchar(100) NOT NULL DEFAULT '',
  `otype` varchar(10) NOT NULL DEFAULT '',
  `name_cache` tinytext DEFAULT NULL COMMENT 'Cached bbcode parsing of name',
  `msg_cache` mediumtext DEFAULT NULL COMMENT 'Cached bbcode parsing of msg',
  PRIMARY KEY (`id`),
  KEY `seen_uid_date` (`seen`,`uid`,`date`),
  KEY `uid_date` (`uid`,`date`),
  KEY `uid_type_link` (`uid`,`type`,`link`(190)),
  KEY `uri-id` (`uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  CONSTRAINT `notify_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `notify_ibfk_2` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notify_ibfk_3` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='[Deprecated] User notifications';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `notify-threads`
--

DROP TABLE IF EXISTS `notify-threads`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notify-threads` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `notify-id` int(10) unsigned NOT NULL DEFAULT 0,
  `master-parent-item` int(10) unsigned DEFAULT NULL COMMENT 'Deprecated',
  `master-parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Item-uri id of the parent of the related post',
  `parent-item` int(10) unsigned NOT NULL DEFAULT 0,
  `receiver-uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  PRIMARY KEY (`id`),
  KEY `master-parent-uri-id` (`master-parent-uri-id`),
  KEY `receiver-uid` (`receiver-uid`),
  KEY `notify-id` (`notify-id`),
  CONSTRAINT `notify-threads_ibfk_1` FOREIGN KEY (`notify-id`) REFERENCES `notify` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notify-threads_ibfk_2` FOREIGN KEY (`master-parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notify-threads_ibfk_3` FOREIGN KEY (`receiver-uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `oembed`
--

DROP TABLE IF EXISTS `oembed`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `oembed` (
  `url` varbinary(383) NOT NULL COMMENT 'page url',
  `maxwidth` mediumint(8) unsigned NOT NULL COMMENT 'Maximum width passed to Oembed',
  `content` mediumtext DEFAULT NULL COMMENT 'OEmbed data of the page',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of creation',
  PRIMARY KEY (`url`,`maxwidth`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='cache for OEmbed queries';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `openwebauth-token`
--

DROP TABLE IF EXISTS `openwebauth-token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `openwebauth-token` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id - currently unused',
  `type` varchar(32) NOT NULL DEFAULT '' COMMENT 'Verify type',
  `token` varchar(255) NOT NULL DEFAULT '' COMMENT 'A generated token',
  `meta` varchar(255) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of creation',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `openwebauth-token_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Store OpenWebAuth token to verify contacts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `owner-view`
--

DROP TABLE IF EXISTS `owner-view`;
/*!50001 DROP VIEW IF EXISTS `owner-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `owner-view` AS SELECT
 NULL AS `id`,
 NULL AS `uid`,
 NULL AS `created`,
 NULL AS `updated`,
 NULL AS `self`,
 NULL AS `remote_self`,
 NULL AS `rel`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `name`,
 NULL AS `nick`,
 NULL AS `location`,
 NULL AS `about`,
 NULL AS `keywords`,
 NULL AS `xmpp`,
 NULL AS `matrix`,
 NULL AS `attag`,
 NULL AS `avatar`,
 NULL AS `photo`,
 NULL AS `thumb`,
 NULL AS `micro`,
 NULL AS `header`,
 NULL AS `url`,
 NULL AS `nurl`,
 NULL AS `uri-id`,
 NULL AS `addr`,
 NULL AS `alias`,
 NULL AS `pubkey`,
 NULL AS `prvkey`,
 NULL AS `batch`,
 NULL AS `request`,
 NULL AS `notify`,
 NULL AS `poll`,
 NULL AS `confirm`,
 NULL AS `poco`,
 NULL AS `hub-verify`,
 NULL AS `last-update`,
 NULL AS `success_update`,
 NULL AS `failure_update`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `picdate`,
 NULL AS `term-date`,
 NULL AS `last-item`,
 NULL AS `priority`,
 NULL AS `blocked`,
 NULL AS `block_reason`,
 NULL AS `readonly`,
 NULL AS `writable`,
 NULL AS `forum`,
 NULL AS `prv`,
 NULL AS `contact-type`,
 NULL AS `manually-approve`,
 NULL AS `hidden`,
 NULL AS `archive`,
 NULL AS `pending`,
 NULL AS `deleted`,
 NULL AS `unsearchable`,
 NULL AS `sensitive`,
 NULL AS `baseurl`,
 NULL AS `reason`,
 NULL AS `info`,
 NULL AS `bdyear`,
 NULL AS `bd`,
 NULL AS `notify_new_posts`,
 NULL AS `fetch_further_information`,
 NULL AS `ffi_keyword_denylist`,
 NULL AS `parent-uid`,
 NULL AS `guid`,
 NULL AS `nickname`,
 NULL AS `email`,
 NULL AS `openid`,
 NULL AS `timezone`,
 NULL AS `language`,
 NULL AS `register_date`,
 NULL AS `login_date`,
 NULL AS `last-activity`,
 NULL AS `default-location`,
 NULL AS `allow_location`,
 NULL AS `theme`,
 NULL AS `upubkey`,
 NULL AS `uprvkey`,
 NULL AS `verified`,
 NULL AS `blockwall`,
 NULL AS `hidewall`,
 NULL AS `blocktags`,
 NULL AS `notify-flags`,
 NULL AS `page-flags`,
 NULL AS `account-type`,
 NULL AS `prvnets`,
 NULL AS `maxreq`,
 NULL AS `expire`,
 NULL AS `account_removed`,
 NULL AS `account_expired`,
 NULL AS `account_expires_on`,
 NULL AS `expire_notification_sent`,
 NULL AS `def_gid`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `openidserver`,
 NULL AS `publish`,
 NULL AS `net-publish`,
 NULL AS `hide-friends`,
 NULL AS `prv_keywords`,
 NULL AS `pub_keywords`,
 NULL AS `address`,
 NULL AS `locality`,
 NULL AS `region`,
 NULL AS `postal-code`,
 NULL AS `country-name`,
 NULL AS `homepage`,
 NULL AS `homepage_verified`,
 NULL AS `dob` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `parsed_url`
--

DROP TABLE IF EXISTS `parsed_url`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `parsed_url` (
  `url_hash` binary(64) NOT NULL COMMENT 'page url hash',
  `guessing` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'is the ''guessing'' mode active?',
  `oembed` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'is the data the result of oembed?',
  `url` text NOT NULL COMMENT 'page url',
  `content` mediumtext DEFAULT NULL COMMENT 'page data',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of creation',
  `expires` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime of expiration',
  PRIMARY KEY (`url_hash`,`guessing`,`oembed`),
  KEY `created` (`created`),
  KEY `expires` (`expires`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='cache for ''parse_url'' queries';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `pconfig`
--

DROP TABLE IF EXISTS `pconfig`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `pconfig` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `cat` varchar(50) NOT NULL DEFAULT '' COMMENT 'Category',
  `k` varchar(100) NOT NULL DEFAULT '' COMMENT 'Key',
  `v` mediumtext DEFAULT NULL COMMENT 'Value',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_cat_k` (`uid`,`cat`,`k`),
  CONSTRAINT `pconfig_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='personal (per user) configuration storage';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `pending-view`
--

DROP TABLE IF EXISTS `pending-view`;
/*!50001 DROP VIEW IF EXISTS `pending-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `pending-view` AS SELECT
 NULL AS `id`,
 NULL AS `hash`,
 NULL AS `created`,
 NULL AS `uid`,
 NULL AS `password`,
 NULL AS `language`,
 NULL AS `note`,
 NULL AS `self`,
 NULL AS `name`,
 NULL AS `url`,
 NULL AS `micro`,
 NULL AS `email`,
 NULL AS `nick` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `permissionset`
--

DROP TABLE IF EXISTS `permissionset`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `permissionset` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner id of this permission set',
  `allow_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed contact.id ''<19><78>''',
  `allow_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed circles',
  `deny_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied contact.id',
  `deny_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied circles',
  PRIMARY KEY (`id`),
  KEY `uid_allow_cid_allow_gid_deny_cid_deny_gid` (`uid`,`allow_cid`(50),`allow_gid`(30),`deny_cid`(50),`deny_gid`(30)),
  CONSTRAINT `permissionset_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `photo`
--

DROP TABLE IF EXISTS `photo`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `photo` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `contact-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact.id',
  `guid` char(16) NOT NULL DEFAULT '' COMMENT 'A unique identifier for this photo',
  `resource-id` char(32) NOT NULL DEFAULT '',
  `hash` char(32) DEFAULT NULL COMMENT 'hash value of the photo',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation date',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'last edited date',
  `title` varchar(255) NOT NULL DEFAULT '',
  `desc` text DEFAULT NULL,
  `album` varchar(255) NOT NULL DEFAULT '' COMMENT 'The name of the album to which the photo belongs',
  `photo-type` tinyint(3) unsigned DEFAULT NULL COMMENT 'User avatar, user banner, contact avatar, contact banner or default',
  `filename` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(30) NOT NULL DEFAULT 'image/jpeg',
  `height` smallint(5) unsigned NOT NULL DEFAULT 0,
  `width` smallint(5) unsigned NOT NULL DEFAULT 0,
  `datasize` int(10) unsigned NOT NULL DEFAULT 0,
  `blurhash` varbinary(255) DEFAULT NULL COMMENT 'BlurHash representation of the photo',
  `data` mediumblob NOT NULL,
  `scale` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `profile` tinyint(1) NOT NULL DEFAULT 0,
  `allow_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed contact.id ''<19><78>''',
  `allow_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of allowed circles',
  `deny_cid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied contact.id',
  `deny_gid` mediumtext DEFAULT NULL COMMENT 'Access Control - list of denied circles',
  `accessible` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Make photo publicly accessible, ignoring permissions',
  `backend-class` tinytext DEFAULT NULL COMMENT 'Storage backend class',
  `backend-ref` text DEFAULT NULL COMMENT 'Storage backend data reference',
  `updated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `contactid` (`contact-id`),
  KEY `uid_contactid` (`uid`,`contact-id`),
  KEY `uid_profile` (`uid`,`profile`),
  KEY `uid_album_scale_created` (`uid`,`album`(32),`scale`,`created`),
  KEY `uid_album_resource-id_created` (`uid`,`album`(32),`resource-id`,`created`),
  KEY `resource-id` (`resource-id`),
  KEY `uid_photo-type` (`uid`,`photo-type`),
  CONSTRAINT `photo_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`),
  CONSTRAINT `photo_ibfk_2` FOREIGN KEY (`contact-id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='photo storage';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post`
--

DROP TABLE IF EXISTS `post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the parent uri',
  `thr-parent-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the thread parent uri',
  `external-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the external uri',
  `replies-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the endpoint for the replies collection',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation timestamp.',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of last edit (default is created)',
  `received` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime',
  `gravity` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `network` char(4) NOT NULL DEFAULT '' COMMENT 'Network from where the item comes from',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Link to the contact table with uid=0 of the owner of this item',
  `author-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Link to the contact table with uid=0 of the author of this item',
  `causer-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the contact that caused the item creation',
  `post-type` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Post type (personal note, image, article, ...)',
  `vid` smallint(5) unsigned DEFAULT NULL COMMENT 'Id of the verb table entry that contains the activity verbs',
  `private` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT '0=public, 1=private, 2=unlisted',
  `global` tinyint(1) NOT NULL DEFAULT 0,
  `visible` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'item has been marked for deletion',
  PRIMARY KEY (`uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  KEY `thr-parent-id` (`thr-parent-id`),
  KEY `external-id` (`external-id`),
  KEY `replies-id` (`replies-id`),
  KEY `owner-id` (`owner-id`),
  KEY `author-id` (`author-id`),
  KEY `causer-id` (`causer-id`),
  KEY `vid` (`vid`),
  CONSTRAINT `post_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_ibfk_2` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_ibfk_3` FOREIGN KEY (`thr-parent-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_ibfk_4` FOREIGN KEY (`external-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_ibfk_5` FOREIGN KEY (`replies-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_ibfk_6` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post_ibfk_7` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post_ibfk_8` FOREIGN KEY (`causer-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post_ibfk_9` FOREIGN KEY (`vid`) REFERENCES `verb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Structure for all posts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-activity`
--

DROP TABLE IF EXISTS `post-activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-activity` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `activity` mediumtext DEFAULT NULL COMMENT 'Original activity',
  `received` datetime DEFAULT NULL,
  PRIMARY KEY (`uri-id`),
  CONSTRAINT `post-activity_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Original remote activity';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-category`
--

DROP TABLE IF EXISTS `post-category`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-category` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `tid` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`uri-id`,`uid`,`type`,`tid`),
  KEY `tid` (`tid`),
  KEY `uid_uri-id` (`uid`,`uri-id`),
  CONSTRAINT `post-category_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-category_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `post-category_ibfk_3` FOREIGN KEY (`tid`) REFERENCES `tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='post relation to categories';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-collection`
--

DROP TABLE IF EXISTS `post-collection`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-collection` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `type` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT '0 - Featured',
  `author-id` int(10) unsigned DEFAULT NULL COMMENT 'Author of the featured post',
  PRIMARY KEY (`uri-id`,`type`),
  KEY `type` (`type`),
  KEY `author-id` (`author-id`),
  CONSTRAINT `post-collection_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-collection_ibfk_2` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Collection of posts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-content`
--

DROP TABLE IF EXISTS `post-content`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-content` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `title` varchar(255) NOT NULL DEFAULT '' COMMENT 'item title',
  `content-warning` varchar(255) NOT NULL DEFAULT '',
  `body` mediumtext DEFAULT NULL COMMENT 'item body content',
  `raw-body` mediumtext DEFAULT NULL COMMENT 'Body without embedded media links',
  `quote-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the quoted uri',
  `location` varchar(255) NOT NULL DEFAULT '' COMMENT 'text location where this item originated',
  `coord` varchar(255) NOT NULL DEFAULT '' COMMENT 'longitude/latitude pair representing location where this item originated',
  `language` text DEFAULT NULL COMMENT 'Language information about this post',
  `sensitive` tinyint(1) DEFAULT NULL COMMENT 'If true, this post contains sensitive content',
  `app` varchar(255) NOT NULL DEFAULT '' COMMENT 'application which generated this item',
  `rendered-hash` varchar(32) NOT NULL DEFAULT '',
  `rendered-html` mediumtext DEFAULT NULL COMMENT 'item.body converted to html',
  `object-type` varchar(100) NOT NULL DEFAULT '' COMMENT 'ActivityStreams object type',
  `object` text DEFAULT NULL COMMENT 'JSON encoded object structure unless it is an implied object (normal post)',
  `target-type` varchar(100) NOT NULL DEFAULT '' COMMENT 'ActivityStreams target type if applicable (URI)',
  `target` text DEFAULT NULL COMMENT 'JSON encoded target structure if used',
  `resource-id` varchar(32) NOT NULL DEFAULT '' COMMENT 'Used to link other tables to items, it identifies the linked resource (e.g. photo) and if set must also set resource_type',
  `plink` varbinary(383) NOT NULL DEFAULT '' COMMENT 'permalink or URL to a displayable copy of the message at its source',
  PRIMARY KEY (`uri-id`),
  KEY `plink` (`plink`(191)),
  KEY `resource-id` (`resource-id`),
  KEY `quote-uri-id` (`quote-uri-id`),
  CONSTRAINT `post-content_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-content_ibfk_2` FOREIGN KEY (`quote-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Content for all posts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-counts`
--

DROP TABLE IF EXISTS `post-counts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-counts` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `vid` smallint(5) unsigned NOT NULL COMMENT 'Id of the verb table entry that contains the activity verbs',
  `reaction` varchar(4) NOT NULL COMMENT 'Emoji Reaction',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the parent uri',
  `count` int(10) unsigned DEFAULT 0 COMMENT 'Number of activities',
  PRIMARY KEY (`uri-id`,`vid`,`reaction`),
  KEY `vid` (`vid`),
  KEY `parent-uri-id` (`parent-uri-id`),
  CONSTRAINT `post-counts_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-counts_ibfk_2` FOREIGN KEY (`vid`) REFERENCES `verb` (`id`),
  CONSTRAINT `post-counts_ibfk_3` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Original remote activity';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-counts-view`
--

DROP TABLE IF EXISTS `post-counts-view`;
/*!50001 DROP VIEW IF EXISTS `post-counts-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-counts-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `vid`,
 NULL AS `verb`,
 NULL AS `reaction`,
 NULL AS `parent-uri-id`,
 NULL AS `count` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-delivery`
--

DROP TABLE IF EXISTS `post-delivery`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-delivery` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `inbox-id` int(10) unsigned NOT NULL COMMENT 'Item-uri id of inbox url',
  `uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Delivering user',
  `created` datetime DEFAULT '0001-01-01 00:00:00',
  `command` varbinary(32) DEFAULT NULL,
  `failed` tinyint(4) DEFAULT 0 COMMENT 'Number of times the delivery has failed',
  `receivers` mediumtext DEFAULT NULL COMMENT 'JSON encoded array with the receiving contacts',
  PRIMARY KEY (`uri-id`,`inbox-id`),
  KEY `inbox-id_created` (`inbox-id`,`created`),
  KEY `uid` (`uid`),
  CONSTRAINT `post-delivery_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-delivery_ibfk_2` FOREIGN KEY (`inbox-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-delivery_ibfk_3` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Delivery data for posts for the batch processing';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-delivery-data`
--

DROP TABLE IF EXISTS `post-delivery-data`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-delivery-data` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `postopts` text DEFAULT NULL COMMENT 'External post connectors add their network name to this comma-separated string to identify that they should be delivered to these networks during delivery',
  `inform` mediumtext DEFAULT NULL COMMENT 'Additional receivers of the linked item',
  `queue_count` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Initial number of delivery recipients, used as item.delivery_queue_count',
  `queue_done` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of successful deliveries, used as item.delivery_queue_done',
  `queue_failed` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of unsuccessful deliveries, used as item.delivery_queue_failed',
  `activitypub` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of successful deliveries via ActivityPub',
  `dfrn` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of successful deliveries via DFRN',
  `legacy_dfrn` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of successful deliveries via legacy DFRN',
  `diaspora` mediumint(9) NOT NULL DEFAULT 0 COMMENT 'Number of successful deliveries via Diaspora',
  PRIMARY KEY (`uri-id`),
  CONSTRAINT `post-delivery-data_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Delivery data for items';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-engagement`
--

DROP TABLE IF EXISTS `post-engagement`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-engagement` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item owner',
  `contact-type` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Person, organisation, news, community, relay',
  `media-type` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Type of media in a bit array (1 = image, 2 = video, 4 = audio)',
  `language` char(2) DEFAULT NULL COMMENT 'Language information about this post in the ISO 639-1 format',
  `searchtext` mediumtext DEFAULT NULL COMMENT 'Simplified text for the full text search',
  `size` int(10) unsigned DEFAULT NULL COMMENT 'Body size',
  `created` datetime DEFAULT NULL,
  `network` char(4) DEFAULT NULL,
  `restricted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If true, this post is either unlisted or not from a federated network',
  `comments` mediumint(8) unsigned DEFAULT NULL COMMENT 'Number of comments',
  `activities` mediumint(8) unsigned DEFAULT NULL COMMENT 'Number of activities (like, dislike, ...)',
  PRIMARY KEY (`uri-id`),
  KEY `owner-id` (`owner-id`),
  KEY `created` (`created`),
  FULLTEXT KEY `searchtext` (`searchtext`),
  CONSTRAINT `post-engagement_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-engagement_ibfk_2` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Engagement data per post';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-engagement-user-view`
--

DROP TABLE IF EXISTS `post-engagement-user-view`;
/*!50001 DROP VIEW IF EXISTS `post-engagement-user-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-engagement-user-view` AS SELECT
 NULL AS `uid`,
 NULL AS `uri-id`,
 NULL AS `owner-id`,
 NULL AS `media-type`,
 NULL AS `language`,
 NULL AS `searchtext`,
 NULL AS `size`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `created`,
 NULL AS `network`,
 NULL AS `restricted`,
 NULL AS `comments`,
 NULL AS `activities` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-history`
--

DROP TABLE IF EXISTS `post-history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-history` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of edit',
  `title` varchar(255) NOT NULL DEFAULT '' COMMENT 'item title',
  `content-warning` varchar(255) NOT NULL DEFAULT '',
  `body` mediumtext DEFAULT NULL COMMENT 'item body content',
  `raw-body` mediumtext DEFAULT NULL COMMENT 'Body without embedded media links',
  `location` varchar(255) NOT NULL DEFAULT '' COMMENT 'text location where this item originated',
  `coord` varchar(255) NOT NULL DEFAULT '' COMMENT 'longitude/latitude pair representing location where this item originated',
  `language` text DEFAULT NULL COMMENT 'Language information about this post',
  `app` varchar(255) NOT NULL DEFAULT '' COMMENT 'application which generated this item',
  `rendered-hash` varchar(32) NOT NULL DEFAULT '',
  `rendered-html` mediumtext DEFAULT NULL COMMENT 'item.body converted to html',
  `object-type` varchar(100) NOT NULL DEFAULT '' COMMENT 'ActivityStreams object type',
  `object` text DEFAULT NULL COMMENT 'JSON encoded object structure unless it is an implied object (normal post)',
  `target-type` varchar(100) NOT NULL DEFAULT '' COMMENT 'ActivityStreams target type if applicable (URI)',
  `target` text DEFAULT NULL COMMENT 'JSON encoded target structure if used',
  `resource-id` varchar(32) NOT NULL DEFAULT '' COMMENT 'Used to link other tables to items, it identifies the linked resource (e.g. photo) and if set must also set resource_type',
  `plink` varbinary(383) NOT NULL DEFAULT '' COMMENT 'permalink or URL to a displayable copy of the message at its source',
  PRIMARY KEY (`uri-id`,`edited`),
  CONSTRAINT `post-history_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Post history';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-link`
--

DROP TABLE IF EXISTS `post-link`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-link` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `url` varbinary(511) NOT NULL COMMENT 'External URL',
  `mimetype` varchar(60) DEFAULT NULL,
  `height` smallint(5) unsigned DEFAULT NULL COMMENT 'Height of the media',
  `width` smallint(5) unsigned DEFAULT NULL COMMENT 'Width of the media',
  `blurhash` varbinary(255) DEFAULT NULL COMMENT 'BlurHash representation of the link',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uri-id-url` (`uri-id`,`url`),
  CONSTRAINT `post-link_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Post related external links';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-media`
--

DROP TABLE IF EXISTS `post-media`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-media` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `url` varbinary(1024) NOT NULL COMMENT 'Media URL',
  `media-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the activities uri-id',
  `attach-id` int(10) unsigned DEFAULT NULL COMMENT 'In case of a local attachment, this field is filled with the id in the attach table',
  `type` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Media type',
  `mimetype` varchar(60) DEFAULT NULL,
  `height` smallint(5) unsigned DEFAULT NULL COMMENT 'Height of the media',
  `width` smallint(5) unsigned DEFAULT NULL COMMENT 'Width of the media',
  `size` bigint(20) unsigned DEFAULT NULL COMMENT 'Media size',
  `blurhash` varbinary(255) DEFAULT NULL COMMENT 'BlurHash representation of the image',
  `preview` varbinary(512) DEFAULT NULL COMMENT 'Preview URL',
  `preview-height` smallint(5) unsigned DEFAULT NULL COMMENT 'Height of the preview picture',
  `preview-width` smallint(5) unsigned DEFAULT NULL COMMENT 'Width of the preview picture',
  `description` text DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL COMMENT 'Name of the media',
  `author-url` varbinary(383) DEFAULT NULL COMMENT 'URL of the author of the media',
  `author-name` varchar(255) DEFAULT NULL COMMENT 'Name of the author of the media',
  `author-image` varbinary(383) DEFAULT NULL COMMENT 'Image of the author of the media',
  `publisher-url` varbinary(383) DEFAULT NULL COMMENT 'URL of the publisher of the media',
  `publisher-name` varchar(255) DEFAULT NULL COMMENT 'Name of the publisher of the media',
  `publisher-image` varbinary(383) DEFAULT NULL COMMENT 'Image of the publisher of the media',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uri-id-url` (`uri-id`,`url`(512)),
  KEY `uri-id-id` (`uri-id`,`id`),
  KEY `media-uri-id` (`media-uri-id`),
  KEY `attach-id` (`attach-id`),
  CONSTRAINT `post-media_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-media_ibfk_2` FOREIGN KEY (`media-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-media_ibfk_3` FOREIGN KEY (`attach-id`) REFERENCES `attach` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Attached media';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-origin`
--

DROP TABLE IF EXISTS `post-origin`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-origin` (
  `id` int(10) unsigned NOT NULL,
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner id which owns this copy of the item',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the parent uri',
  `thr-parent-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the thread parent uri',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation timestamp.',
  `received` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime',
  `gravity` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `vid` smallint(5) unsigned DEFAULT NULL COMMENT 'Id of the verb table entry that contains the activity verbs',
  `private` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT '0=public, 1=private, 2=unlisted',
  `wall` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'This item was posted to the wall of uid',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_uri-id` (`uid`,`uri-id`),
  KEY `uri-id` (`uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  KEY `thr-parent-id` (`thr-parent-id`),
  KEY `vid` (`vid`),
  KEY `parent-uri-id_uid` (`parent-uri-id`,`uid`),
  KEY `uid_wall_received` (`uid`,`wall`,`received`),
  CONSTRAINT `post-origin_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-origin_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `post-origin_ibfk_3` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-origin_ibfk_4` FOREIGN KEY (`thr-parent-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-origin_ibfk_5` FOREIGN KEY (`vid`) REFERENCES `verb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Posts from local users';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-origin-view`
--

DROP TABLE IF EXISTS `post-origin-view`;
/*!50001 DROP VIEW IF EXISTS `post-origin-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-origin-view` AS SELECT
 NULL AS `id`,
 NULL AS `post-user-id`,
 NULL AS `uid`,
 NULL AS `parent`,
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `wall`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `post-reason`,
 NULL AS `private`,
 NULL AS `pubmail`,
 NULL AS `visible`,
 NULL AS `starred`,
 NULL AS `unseen`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `parent-origin`,
 NULL AS `mention`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `vid`,
 NULL AS `psid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `restrictions`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `author-baseurl`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-gsid`,
 NULL AS `owner-contact-type`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-gsid`,
 NULL AS `causer-contact-type`,
 NULL AS `postopts`,
 NULL AS `inform`,
 NULL AS `delivery_queue_count`,
 NULL AS `delivery_queue_done`,
 NULL AS `delivery_queue_failed`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `event-id`,
 NULL AS `event-created`,
 NULL AS `event-edited`,
 NULL AS `event-start`,
 NULL AS `event-finish`,
 NULL AS `event-summary`,
 NULL AS `event-desc`,
 NULL AS `event-location`,
 NULL AS `event-type`,
 NULL AS `event-nofinish`,
 NULL AS `event-ignore`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-question`
--

DROP TABLE IF EXISTS `post-question`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-question` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `multiple` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Multiple choice',
  `voters` int(10) unsigned DEFAULT NULL COMMENT 'Number of voters for this question',
  `end-time` datetime DEFAULT '0001-01-01 00:00:00' COMMENT 'Question end time',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uri-id` (`uri-id`),
  CONSTRAINT `post-question_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Question';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-question-option`
--

DROP TABLE IF EXISTS `post-question-option`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-question-option` (
  `id` int(10) unsigned NOT NULL COMMENT 'Id of the question',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `name` varchar(255) DEFAULT NULL COMMENT 'Name of the option',
  `replies` int(10) unsigned DEFAULT NULL COMMENT 'Number of replies for this question option',
  PRIMARY KEY (`uri-id`,`id`),
  CONSTRAINT `post-question-option_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Question option';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-searchindex`
--

DROP TABLE IF EXISTS `post-searchindex`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-searchindex` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item owner',
  `media-type` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Type of media in a bit array (1 = image, 2 = video, 4 = audio)',
  `language` char(2) DEFAULT NULL COMMENT 'Language information about this post in the ISO 639-1 format',
  `searchtext` mediumtext DEFAULT NULL COMMENT 'Simplified text for the full text search',
  `size` int(10) unsigned DEFAULT NULL COMMENT 'Body size',
  `created` datetime DEFAULT NULL,
  `restricted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If true, this post is either unlisted or not from a federated network',
  PRIMARY KEY (`uri-id`),
  KEY `owner-id` (`owner-id`),
  KEY `created` (`created`),
  FULLTEXT KEY `searchtext` (`searchtext`),
  CONSTRAINT `post-searchindex_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-searchindex_ibfk_2` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Content for all posts';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-searchindex-user-view`
--

DROP TABLE IF EXISTS `post-searchindex-user-view`;
/*!50001 DROP VIEW IF EXISTS `post-searchindex-user-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-searchindex-user-view` AS SELECT
 NULL AS `uid`,
 NULL AS `uri-id`,
 NULL AS `owner-id`,
 NULL AS `media-type`,
 NULL AS `language`,
 NULL AS `searchtext`,
 NULL AS `size`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `created`,
 NULL AS `network`,
 NULL AS `restricted`,
 NULL AS `comments`,
 NULL AS `activities` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-tag`
--

DROP TABLE IF EXISTS `post-tag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-tag` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `tid` int(10) unsigned NOT NULL DEFAULT 0,
  `cid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Contact id of the mentioned public contact',
  PRIMARY KEY (`uri-id`,`type`,`tid`,`cid`),
  KEY `tid` (`tid`),
  KEY `cid` (`cid`),
  CONSTRAINT `post-tag_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-tag_ibfk_2` FOREIGN KEY (`tid`) REFERENCES `tag` (`id`),
  CONSTRAINT `post-tag_ibfk_3` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='post relation to tags';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-thread`
--

DROP TABLE IF EXISTS `post-thread`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-thread` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `context-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the endpoint for the context collection',
  `conversation-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the conversation uri',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item owner',
  `author-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item author',
  `causer-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the contact that caused the item creation',
  `network` char(4) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `received` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `changed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date that something in the conversation changed, indicating clients should fetch the conversation again',
  `commented` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`uri-id`),
  KEY `context-id` (`context-id`),
  KEY `conversation-id` (`conversation-id`),
  KEY `owner-id` (`owner-id`),
  KEY `author-id` (`author-id`),
  KEY `causer-id` (`causer-id`),
  KEY `received` (`received`),
  KEY `commented` (`commented`),
  CONSTRAINT `post-thread_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread_ibfk_2` FOREIGN KEY (`context-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread_ibfk_3` FOREIGN KEY (`conversation-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread_ibfk_4` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-thread_ibfk_5` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-thread_ibfk_6` FOREIGN KEY (`causer-id`) REFERENCES `contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Thread related data';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-thread-origin-view`
--

DROP TABLE IF EXISTS `post-thread-origin-view`;
/*!50001 DROP VIEW IF EXISTS `post-thread-origin-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-thread-origin-view` AS SELECT
 NULL AS `id`,
 NULL AS `post-user-id`,
 NULL AS `uid`,
 NULL AS `parent`,
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `wall`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `post-reason`,
 NULL AS `private`,
 NULL AS `pubmail`,
 NULL AS `ignored`,
 NULL AS `visible`,
 NULL AS `starred`,
 NULL AS `unseen`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `mention`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `vid`,
 NULL AS `psid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `restrictions`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-gsid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-gsid`,
 NULL AS `owner-contact-type`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-gsid`,
 NULL AS `causer-contact-type`,
 NULL AS `postopts`,
 NULL AS `inform`,
 NULL AS `delivery_queue_count`,
 NULL AS `delivery_queue_done`,
 NULL AS `delivery_queue_failed`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `event-id`,
 NULL AS `event-created`,
 NULL AS `event-edited`,
 NULL AS `event-start`,
 NULL AS `event-finish`,
 NULL AS `event-summary`,
 NULL AS `event-desc`,
 NULL AS `event-location`,
 NULL AS `event-type`,
 NULL AS `event-nofinish`,
 NULL AS `event-ignore`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-thread-user`
--

DROP TABLE IF EXISTS `post-thread-user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-thread-user` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `context-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the endpoint for the context collection',
  `conversation-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the conversation uri',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item owner',
  `author-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Item author',
  `causer-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the contact that caused the item creation',
  `network` char(4) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `received` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `changed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date that something in the conversation changed, indicating clients should fetch the conversation again',
  `commented` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner id which owns this copy of the item',
  `pinned` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'deprecated',
  `starred` tinyint(1) NOT NULL DEFAULT 0,
  `ignored` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Ignore updates for this thread',
  `wall` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'This item was posted to the wall of uid',
  `mention` tinyint(1) NOT NULL DEFAULT 0,
  `pubmail` tinyint(1) NOT NULL DEFAULT 0,
  `forum_mode` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Deprecated',
  `contact-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact.id',
  `unseen` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'post has not been seen',
  `hidden` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Marker to hide the post from the user',
  `origin` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'item originated at this site',
  `psid` int(10) unsigned DEFAULT NULL COMMENT 'ID of the permission set of this post',
  `post-user-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the post-user table',
  PRIMARY KEY (`uid`,`uri-id`),
  KEY `uri-id` (`uri-id`),
  KEY `context-id` (`context-id`),
  KEY `conversation-id` (`conversation-id`),
  KEY `owner-id` (`owner-id`),
  KEY `author-id` (`author-id`),
  KEY `causer-id` (`causer-id`),
  KEY `uid` (`uid`),
  KEY `contact-id` (`contact-id`),
  KEY `psid` (`psid`),
  KEY `post-user-id` (`post-user-id`),
  KEY `commented` (`commented`),
  KEY `received` (`received`),
  KEY `author-id_created` (`author-id`,`created`),
  KEY `owner-id_created` (`owner-id`,`created`),
  KEY `uid_received` (`uid`,`received`),
  KEY `uid_wall_received` (`uid`,`wall`,`received`),
  KEY `uid_commented` (`uid`,`commented`),
  KEY `uid_created` (`uid`,`created`),
  KEY `uid_starred` (`uid`,`starred`),
  KEY `uid_mention` (`uid`,`mention`),
  KEY `contact-id_commented` (`contact-id`,`commented`),
  KEY `contact-id_received` (`contact-id`,`received`),
  KEY `contact-id_created` (`contact-id`,`created`),
  CONSTRAINT `post-thread-user_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_10` FOREIGN KEY (`post-user-id`) REFERENCES `post-user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_2` FOREIGN KEY (`context-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_3` FOREIGN KEY (`conversation-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_4` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-thread-user_ibfk_5` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-thread-user_ibfk_6` FOREIGN KEY (`causer-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-thread-user_ibfk_7` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_8` FOREIGN KEY (`contact-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-thread-user_ibfk_9` FOREIGN KEY (`psid`) REFERENCES `permissionset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Thread related data per user';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-thread-user-view`
--

DROP TABLE IF EXISTS `post-thread-user-view`;
/*!50001 DROP VIEW IF EXISTS `post-thread-user-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-thread-user-view` AS SELECT
 NULL AS `id`,
 NULL AS `post-user-id`,
 NULL AS `uid`,
 NULL AS `parent`,
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `wall`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `post-reason`,
 NULL AS `private`,
 NULL AS `pubmail`,
 NULL AS `ignored`,
 NULL AS `visible`,
 NULL AS `starred`,
 NULL AS `unseen`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `mention`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `vid`,
 NULL AS `psid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `restrictions`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-gsid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-gsid`,
 NULL AS `owner-contact-type`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-gsid`,
 NULL AS `causer-contact-type`,
 NULL AS `postopts`,
 NULL AS `inform`,
 NULL AS `delivery_queue_count`,
 NULL AS `delivery_queue_done`,
 NULL AS `delivery_queue_failed`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `event-id`,
 NULL AS `event-created`,
 NULL AS `event-edited`,
 NULL AS `event-start`,
 NULL AS `event-finish`,
 NULL AS `event-summary`,
 NULL AS `event-desc`,
 NULL AS `event-location`,
 NULL AS `event-type`,
 NULL AS `event-nofinish`,
 NULL AS `event-ignore`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `post-thread-view`
--

DROP TABLE IF EXISTS `post-thread-view`;
/*!50001 DROP VIEW IF EXISTS `post-thread-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-thread-view` AS SELECT
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `vid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-gsid`,
 NULL AS `owner-contact-type`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-gsid`,
 NULL AS `causer-contact-type`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `total-comments`,
 NULL AS `total-actors`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `post-timeline-origin-view`
--

DROP TABLE IF EXISTS `post-timeline-origin-view`;
/*!50001 DROP VIEW IF EXISTS `post-timeline-origin-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-timeline-origin-view` AS SELECT
 NULL AS `uid`,
 NULL AS `uri-id`,
 NULL AS `gravity`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `global`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `vid`,
 NULL AS `contact-id`,
 NULL AS `contact-blocked`,
 NULL AS `contact-readonly`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `self`,
 NULL AS `author-id`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-blocked`,
 NULL AS `owner-gsid`,
 NULL AS `causer-id`,
 NULL AS `causer-blocked`,
 NULL AS `causer-gsid` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `post-timeline-view`
--

DROP TABLE IF EXISTS `post-timeline-view`;
/*!50001 DROP VIEW IF EXISTS `post-timeline-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-timeline-view` AS SELECT
 NULL AS `uid`,
 NULL AS `uri-id`,
 NULL AS `gravity`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `global`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `vid`,
 NULL AS `contact-id`,
 NULL AS `contact-blocked`,
 NULL AS `contact-readonly`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `self`,
 NULL AS `author-id`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-blocked`,
 NULL AS `owner-gsid`,
 NULL AS `causer-id`,
 NULL AS `causer-blocked`,
 NULL AS `causer-gsid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `post-user`
--

DROP TABLE IF EXISTS `post-user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `parent-uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the parent uri',
  `thr-parent-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table that contains the thread parent uri',
  `external-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the external uri',
  `replies-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the endpoint for the replies collection',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation timestamp.',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Date of last edit (default is created)',
  `received` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'datetime',
  `gravity` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `network` char(4) NOT NULL DEFAULT '' COMMENT 'Network from where the item comes from',
  `owner-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Link to the contact table with uid=0 of the owner of this item',
  `author-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Link to the contact table with uid=0 of the author of this item',
  `causer-id` int(10) unsigned DEFAULT NULL COMMENT 'Link to the contact table with uid=0 of the contact that caused the item creation',
  `post-type` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Post type (personal note, image, article, ...)',
  `post-reason` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Reason why the post arrived at the user',
  `vid` smallint(5) unsigned DEFAULT NULL COMMENT 'Id of the verb table entry that contains the activity verbs',
  `private` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT '0=public, 1=private, 2=unlisted',
  `restrictions` tinyint(3) unsigned DEFAULT NULL COMMENT 'Bit array of post restrictions (1 = Reply, 2 = Like, 4 = Announce)',
  `global` tinyint(1) NOT NULL DEFAULT 0,
  `visible` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'item has been marked for deletion',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner id which owns this copy of the item',
  `protocol` tinyint(3) unsigned DEFAULT NULL COMMENT 'Protocol used to deliver the item for this user',
  `contact-id` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'contact.id',
  `event-id` int(10) unsigned DEFAULT NULL COMMENT 'Used to link to the event.id',
  `unseen` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'post has not been seen',
  `hidden` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Marker to hide the post from the user',
  `notification-type` smallint(5) unsigned NOT NULL DEFAULT 0,
  `wall` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'This item was posted to the wall of uid',
  `origin` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'item originated at this site',
  `psid` int(10) unsigned DEFAULT NULL COMMENT 'ID of the permission set of this post',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uid_uri-id` (`uid`,`uri-id`),
  KEY `uri-id` (`uri-id`),
  KEY `parent-uri-id` (`parent-uri-id`),
  KEY `thr-parent-id` (`thr-parent-id`),
  KEY `external-id` (`external-id`),
  KEY `replies-id` (`replies-id`),
  KEY `owner-id` (`owner-id`),
  KEY `author-id` (`author-id`),
  KEY `causer-id` (`causer-id`),
  KEY `vid` (`vid`),
  KEY `contact-id` (`contact-id`),
  KEY `event-id` (`event-id`),
  KEY `psid` (`psid`),
  KEY `author-id_uid` (`author-id`,`uid`),
  KEY `author-id_created` (`author-id`,`created`),
  KEY `owner-id_created` (`owner-id`,`created`),
  KEY `parent-uri-id_uid` (`parent-uri-id`,`uid`),
  KEY `uid_wall_received` (`uid`,`wall`,`received`),
  KEY `uid_contactid` (`uid`,`contact-id`),
  KEY `uid_unseen_contactid` (`uid`,`unseen`,`contact-id`),
  KEY `uid_unseen` (`uid`,`unseen`),
  KEY `uid_hidden_uri-id` (`uid`,`hidden`,`uri-id`),
  CONSTRAINT `post-user_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_10` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_11` FOREIGN KEY (`contact-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_12` FOREIGN KEY (`event-id`) REFERENCES `event` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_13` FOREIGN KEY (`psid`) REFERENCES `permissionset` (`id`),
  CONSTRAINT `post-user_ibfk_2` FOREIGN KEY (`parent-uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_3` FOREIGN KEY (`thr-parent-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_4` FOREIGN KEY (`external-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_5` FOREIGN KEY (`replies-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user_ibfk_6` FOREIGN KEY (`owner-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-user_ibfk_7` FOREIGN KEY (`author-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-user_ibfk_8` FOREIGN KEY (`causer-id`) REFERENCES `contact` (`id`),
  CONSTRAINT `post-user_ibfk_9` FOREIGN KEY (`vid`) REFERENCES `verb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='User specific post data';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `post-user-notification`
--

DROP TABLE IF EXISTS `post-user-notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `post-user-notification` (
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Id of the item-uri table entry that contains the item uri',
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner id which owns this copy of the item',
  `notification-type` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`uid`,`uri-id`),
  KEY `uri-id` (`uri-id`),
  CONSTRAINT `post-user-notification_ibfk_1` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post-user-notification_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='User post notifications';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `post-user-view`
--

DROP TABLE IF EXISTS `post-user-view`;
/*!50001 DROP VIEW IF EXISTS `post-user-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-user-view` AS SELECT
 NULL AS `id`,
 NULL AS `post-user-id`,
 NULL AS `uid`,
 NULL AS `parent`,
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `wall`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `post-reason`,
 NULL AS `private`,
 NULL AS `pubmail`,
 NULL AS `visible`,
 NULL AS `starred`,
 NULL AS `unseen`,
 NULL AS `deleted`,
 NULL AS `origin`,
 NULL AS `parent-origin`,
 NULL AS `mention`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `protocol`,
 NULL AS `vid`,
 NULL AS `psid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `restrictions`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `author-baseurl`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-gsid`,
 NULL AS `owner-contact-type`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-gsid`,
 NULL AS `causer-contact-type`,
 NULL AS `postopts`,
 NULL AS `inform`,
 NULL AS `delivery_queue_count`,
 NULL AS `delivery_queue_done`,
 NULL AS `delivery_queue_failed`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `event-id`,
 NULL AS `event-created`,
 NULL AS `event-edited`,
 NULL AS `event-start`,
 NULL AS `event-finish`,
 NULL AS `event-summary`,
 NULL AS `event-desc`,
 NULL AS `event-location`,
 NULL AS `event-type`,
 NULL AS `event-nofinish`,
 NULL AS `event-ignore`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `post-view`
--

DROP TABLE IF EXISTS `post-view`;
/*!50001 DROP VIEW IF EXISTS `post-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `post-view` AS SELECT
 NULL AS `uri`,
 NULL AS `uri-id`,
 NULL AS `parent-uri`,
 NULL AS `parent-uri-id`,
 NULL AS `thr-parent`,
 NULL AS `thr-parent-id`,
 NULL AS `conversation`,
 NULL AS `conversation-id`,
 NULL AS `context`,
 NULL AS `context-id`,
 NULL AS `quote-uri`,
 NULL AS `quote-uri-id`,
 NULL AS `guid`,
 NULL AS `gravity`,
 NULL AS `extid`,
 NULL AS `external-id`,
 NULL AS `replies`,
 NULL AS `replies-id`,
 NULL AS `created`,
 NULL AS `edited`,
 NULL AS `commented`,
 NULL AS `received`,
 NULL AS `changed`,
 NULL AS `post-type`,
 NULL AS `private`,
 NULL AS `visible`,
 NULL AS `deleted`,
 NULL AS `global`,
 NULL AS `featured`,
 NULL AS `network`,
 NULL AS `vid`,
 NULL AS `verb`,
 NULL AS `title`,
 NULL AS `content-warning`,
 NULL AS `raw-body`,
 NULL AS `body`,
 NULL AS `rendered-hash`,
 NULL AS `rendered-html`,
 NULL AS `language`,
 NULL AS `plink`,
 NULL AS `location`,
 NULL AS `coord`,
 NULL AS `sensitive`,
 NULL AS `app`,
 NULL AS `object-type`,
 NULL AS `object`,
 NULL AS `target-type`,
 NULL AS `target`,
 NULL AS `resource-id`,
 NULL AS `contact-id`,
 NULL AS `contact-uri-id`,
 NULL AS `contact-link`,
 NULL AS `contact-addr`,
 NULL AS `contact-name`,
 NULL AS `contact-nick`,
 NULL AS `contact-avatar`,
 NULL AS `contact-network`,
 NULL AS `contact-blocked`,
 NULL AS `contact-hidden`,
 NULL AS `contact-readonly`,
 NULL AS `contact-archive`,
 NULL AS `contact-pending`,
 NULL AS `contact-rel`,
 NULL AS `contact-uid`,
 NULL AS `contact-contact-type`,
 NULL AS `writable`,
 NULL AS `self`,
 NULL AS `cid`,
 NULL AS `alias`,
 NULL AS `photo`,
 NULL AS `name-date`,
 NULL AS `uri-date`,
 NULL AS `avatar-date`,
 NULL AS `thumb`,
 NULL AS `author-id`,
 NULL AS `author-uri-id`,
 NULL AS `author-link`,
 NULL AS `author-addr`,
 NULL AS `author-name`,
 NULL AS `author-nick`,
 NULL AS `author-alias`,
 NULL AS `author-avatar`,
 NULL AS `author-network`,
 NULL AS `author-blocked`,
 NULL AS `author-hidden`,
 NULL AS `author-updated`,
 NULL AS `author-contact-type`,
 NULL AS `author-gsid`,
 NULL AS `owner-id`,
 NULL AS `owner-uri-id`,
 NULL AS `owner-link`,
 NULL AS `owner-addr`,
 NULL AS `owner-name`,
 NULL AS `owner-nick`,
 NULL AS `owner-alias`,
 NULL AS `owner-avatar`,
 NULL AS `owner-network`,
 NULL AS `owner-blocked`,
 NULL AS `owner-hidden`,
 NULL AS `owner-updated`,
 NULL AS `owner-contact-type`,
 NULL AS `owner-gsid`,
 NULL AS `causer-id`,
 NULL AS `causer-uri-id`,
 NULL AS `causer-link`,
 NULL AS `causer-addr`,
 NULL AS `causer-name`,
 NULL AS `causer-nick`,
 NULL AS `causer-alias`,
 NULL AS `causer-avatar`,
 NULL AS `causer-network`,
 NULL AS `causer-blocked`,
 NULL AS `causer-hidden`,
 NULL AS `causer-contact-type`,
 NULL AS `causer-gsid`,
 NULL AS `question-id`,
 NULL AS `question-multiple`,
 NULL AS `question-voters`,
 NULL AS `question-end-time`,
 NULL AS `has-categories`,
 NULL AS `has-media`,
 NULL AS `signed_text`,
 NULL AS `parent-guid`,
 NULL AS `parent-network`,
 NULL AS `parent-owner-id`,
 NULL AS `parent-author-id`,
 NULL AS `parent-author-link`,
 NULL AS `parent-author-name`,
 NULL AS `parent-author-nick`,
 NULL AS `parent-author-network` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `process`
--

DROP TABLE IF EXISTS `process`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `process` (
  `pid` int(10) unsigned NOT NULL COMMENT 'The ID of the process',
  `hostname` varchar(255) NOT NULL COMMENT 'The name of the host the process is ran on',
  `command` varbinary(32) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`pid`,`hostname`),
  KEY `command` (`command`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Currently running system processes';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `profile`
--

DROP TABLE IF EXISTS `profile`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `profile` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `profile-name` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `is-default` tinyint(1) DEFAULT NULL COMMENT 'Deprecated',
  `hide-friends` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Hide friend list from viewers of this profile',
  `name` varchar(255) NOT NULL DEFAULT '' COMMENT 'Unused in favor of user.username',
  `pdesc` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `dob` varchar(32) NOT NULL DEFAULT '0000-00-00' COMMENT 'Day of birth',
  `address` varchar(255) NOT NULL DEFAULT '',
  `locality` varchar(255) NOT NULL DEFAULT '',
  `region` varchar(255) NOT NULL DEFAULT '',
  `postal-code` varchar(32) NOT NULL DEFAULT '',
  `country-name` varchar(255) NOT NULL DEFAULT '',
  `hometown` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `gender` varchar(32) DEFAULT NULL COMMENT 'Deprecated',
  `marital` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `with` text DEFAULT NULL COMMENT 'Deprecated',
  `howlong` datetime DEFAULT NULL COMMENT 'Deprecated',
  `sexual` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `politic` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `religion` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `pub_keywords` text DEFAULT NULL,
  `prv_keywords` text DEFAULT NULL,
  `likes` text DEFAULT NULL COMMENT 'Deprecated',
  `dislikes` text DEFAULT NULL COMMENT 'Deprecated',
  `about` text DEFAULT NULL COMMENT 'Profile description',
  `summary` varchar(255) DEFAULT NULL COMMENT 'Deprecated',
  `music` text DEFAULT NULL COMMENT 'Deprecated',
  `book` text DEFAULT NULL COMMENT 'Deprecated',
  `tv` text DEFAULT NULL COMMENT 'Deprecated',
  `film` text DEFAULT NULL COMMENT 'Deprecated',
  `interest` text DEFAULT NULL COMMENT 'Deprecated',
  `romance` text DEFAULT NULL COMMENT 'Deprecated',
  `work` text DEFAULT NULL COMMENT 'Deprecated',
  `education` text DEFAULT NULL COMMENT 'Deprecated',
  `contact` text DEFAULT NULL COMMENT 'Deprecated',
  `homepage` varchar(255) NOT NULL DEFAULT '',
  `homepage_verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'was the homepage verified by a rel-me link back to the profile',
  `xmpp` varchar(255) NOT NULL DEFAULT '' COMMENT 'XMPP address',
  `matrix` varchar(255) NOT NULL DEFAULT '' COMMENT 'Matrix address',
  `photo` varbinary(383) NOT NULL DEFAULT '',
  `thumb` varbinary(383) NOT NULL DEFAULT '',
  `publish` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'publish default profile in local directory',
  `net-publish` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'publish profile in global directory',
  PRIMARY KEY (`id`),
  KEY `uid_is-default` (`uid`,`is-default`),
  CONSTRAINT `profile_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='user profiles data';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `profile_field`
--

DROP TABLE IF EXISTS `profile_field`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `profile_field` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner user id',
  `order` mediumint(8) unsigned NOT NULL DEFAULT 1 COMMENT 'Field ordering per user',
  `psid` int(10) unsigned DEFAULT NULL COMMENT 'ID of the permission set of this profile field - 0 = public',
  `label` varchar(255) NOT NULL DEFAULT '' COMMENT 'Label of the field',
  `value` text DEFAULT NULL COMMENT 'Value of the field',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'creation time',
  `edited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'last edit time',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `order` (`order`),
  KEY `psid` (`psid`),
  CONSTRAINT `profile_field_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `profile_field_ibfk_2` FOREIGN KEY (`psid`) REFERENCES `permissionset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Custom profile fields';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `profile_field-view`
--

DROP TABLE IF EXISTS `profile_field-view`;
/*!50001 DROP VIEW IF EXISTS `profile_field-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `profile_field-view` AS SELECT
 NULL AS `id`,
 NULL AS `uid`,
 NULL AS `label`,
 NULL AS `value`,
 NULL AS `order`,
 NULL AS `psid`,
 NULL AS `allow_cid`,
 NULL AS `allow_gid`,
 NULL AS `deny_cid`,
 NULL AS `deny_gid`,
 NULL AS `created`,
 NULL AS `edited` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `register`
--

DROP TABLE IF EXISTS `register`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `register` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `hash` varbinary(255) NOT NULL DEFAULT '',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `password` varchar(255) NOT NULL DEFAULT '',
  `language` varchar(16) NOT NULL DEFAULT '',
  `note` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  CONSTRAINT `register_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='registrations requiring admin approval';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `report`
--

DROP TABLE IF EXISTS `report`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `report` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Reporting user',
  `reporter-id` int(10) unsigned DEFAULT NULL COMMENT 'Reporting contact',
  `cid` int(10) unsigned NOT NULL COMMENT 'Reported contact',
  `gsid` int(10) unsigned DEFAULT NULL COMMENT 'Reported contact server',
  `comment` text DEFAULT NULL COMMENT 'Report',
  `category-id` int(10) unsigned NOT NULL DEFAULT 1 COMMENT 'Report category, one of Entity Report::CATEGORY_*',
  `forward` tinyint(1) DEFAULT NULL COMMENT 'Forward the report to the remote server',
  `public-remarks` text DEFAULT NULL COMMENT 'Remarks shared with the reporter',
  `private-remarks` text DEFAULT NULL COMMENT 'Remarks shared with the moderation team',
  `last-editor-uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Last editor user',
  `assigned-uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'Assigned moderator user',
  `status` tinyint(3) unsigned NOT NULL COMMENT 'Status of the report, one of Entity Report::STATUS_*',
  `resolution` tinyint(3) unsigned DEFAULT NULL COMMENT 'Resolution of the report, one of Entity Report::RESOLUTION_*',
  `created` datetime(6) NOT NULL DEFAULT '0001-01-01 00:00:00.000000',
  `edited` datetime(6) DEFAULT NULL COMMENT 'Last time the report has been edited',
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`),
  KEY `cid` (`cid`),
  KEY `reporter-id` (`reporter-id`),
  KEY `gsid` (`gsid`),
  KEY `last-editor-uid` (`last-editor-uid`),
  KEY `assigned-uid` (`assigned-uid`),
  KEY `status-resolution` (`status`,`resolution`),
  KEY `created` (`created`),
  KEY `edited` (`edited`),
  CONSTRAINT `report_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `report_ibfk_2` FOREIGN KEY (`reporter-id`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `report_ibfk_3` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `report_ibfk_4` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`) ON DELETE CASCADE,
  CONSTRAINT `report_ibfk_5` FOREIGN KEY (`last-editor-uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `report_ibfk_6` FOREIGN KEY (`assigned-uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `report-post`
--

DROP TABLE IF EXISTS `report-post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `report-post` (
  `rid` int(10) unsigned NOT NULL COMMENT 'Report id',
  `uri-id` int(10) unsigned NOT NULL COMMENT 'Uri-id of the reported post',
  `status` tinyint(3) unsigned DEFAULT NULL COMMENT 'Status of the reported post',
  PRIMARY KEY (`rid`,`uri-id`),
  KEY `uri-id` (`uri-id`),
  CONSTRAINT `report-post_ibfk_1` FOREIGN KEY (`rid`) REFERENCES `report` (`id`) ON DELETE CASCADE,
  CONSTRAINT `report-post_ibfk_2` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Individual posts attached to a moderation report';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `report-rule`
--

DROP TABLE IF EXISTS `report-rule`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `report-rule` (
  `rid` int(10) unsigned NOT NULL COMMENT 'Report id',
  `line-id` int(10) unsigned NOT NULL COMMENT 'Terms of service rule line number, may become invalid after a TOS change.',
  `text` text NOT NULL COMMENT 'Terms of service rule text recorded at the time of the report',
  PRIMARY KEY (`rid`,`line-id`),
  CONSTRAINT `report-rule_ibfk_1` FOREIGN KEY (`rid`) REFERENCES `report` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Terms of service rule lines relevant to a moderation report';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `search`
--

DROP TABLE IF EXISTS `search`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `search` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `term` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `uid_term` (`uid`,`term`(64)),
  KEY `term` (`term`(64)),
  CONSTRAINT `search_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `session`
--

DROP TABLE IF EXISTS `session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `session` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `sid` varbinary(255) NOT NULL DEFAULT '',
  `data` text DEFAULT NULL,
  `expire` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `sid` (`sid`(64)),
  KEY `expire` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='web session storage';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `storage`
--

DROP TABLE IF EXISTS `storage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `storage` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Auto incremented image data id',
  `data` longblob NOT NULL COMMENT 'file data',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Data stored by Database storage backend';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `subscription`
--

DROP TABLE IF EXISTS `subscription`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `subscription` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Auto incremented image data id',
  `application-id` int(10) unsigned NOT NULL,
  `uid` mediumint(8) unsigned NOT NULL COMMENT 'Owner User id',
  `endpoint` varchar(511) DEFAULT NULL COMMENT 'Endpoint URL',
  `pubkey` varchar(127) DEFAULT NULL COMMENT 'User agent public key',
  `secret` varchar(32) DEFAULT NULL COMMENT 'Auth secret',
  `follow` tinyint(1) DEFAULT NULL,
  `favourite` tinyint(1) DEFAULT NULL,
  `reblog` tinyint(1) DEFAULT NULL,
  `mention` tinyint(1) DEFAULT NULL,
  `poll` tinyint(1) DEFAULT NULL,
  `follow_request` tinyint(1) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `application-id_uid` (`application-id`,`uid`),
  KEY `uid_application-id` (`uid`,`application-id`),
  CONSTRAINT `subscription_ibfk_1` FOREIGN KEY (`application-id`) REFERENCES `application` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subscription_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Push Subscription for the API';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `tag`
--

DROP TABLE IF EXISTS `tag`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tag` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(96) NOT NULL DEFAULT '',
  `url` varbinary(383) NOT NULL DEFAULT '',
  `type` tinyint(3) unsigned DEFAULT NULL COMMENT 'Type of the tag (Unknown, General Collection, Follower Collection or Account)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `type_name_url` (`name`,`url`),
  KEY `url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='tags and mentions';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `tag-search-view`
--

DROP TABLE IF EXISTS `tag-search-view`;
/*!50001 DROP VIEW IF EXISTS `tag-search-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `tag-search-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `uid`,
 NULL AS `iid`,
 NULL AS `private`,
 NULL AS `wall`,
 NULL AS `origin`,
 NULL AS `global`,
 NULL AS `gravity`,
 NULL AS `received`,
 NULL AS `network`,
 NULL AS `author-id`,
 NULL AS `name` */;
SET character_set_client = @saved_cs_client;

--
-- Temporary table structure for view `tag-view`
--

DROP TABLE IF EXISTS `tag-view`;
/*!50001 DROP VIEW IF EXISTS `tag-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `tag-view` AS SELECT
 NULL AS `uri-id`,
 NULL AS `type`,
 NULL AS `tid`,
 NULL AS `cid`,
 NULL AS `name`,
 NULL AS `url`,
 NULL AS `tag-type` */;
SET character_set_client = @saved_cs_client;

--
-- Table structure for table `user`
--

DROP TABLE IF EXISTS `user`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user` (
  `uid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `parent-uid` mediumint(8) unsigned DEFAULT NULL COMMENT 'The parent user that has full control about this user',
  `guid` varchar(64) NOT NULL DEFAULT '' COMMENT 'A unique identifier for this user',
  `username` varchar(255) NOT NULL DEFAULT '' COMMENT 'Name that this user is known by',
  `password` varchar(255) NOT NULL DEFAULT '' COMMENT 'encrypted password',
  `legacy_password` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is the password hash double-hashed?',
  `nickname` varchar(255) NOT NULL DEFAULT '' COMMENT 'nick- and user name',
  `email` varchar(255) NOT NULL DEFAULT '' COMMENT 'the users email address',
  `openid` varchar(255) NOT NULL DEFAULT '',
  `timezone` varchar(128) NOT NULL DEFAULT '' COMMENT 'PHP-legal timezone',
  `language` varchar(32) NOT NULL DEFAULT 'en' COMMENT 'default language',
  `register_date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'timestamp of registration',
  `login_date` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'timestamp of last login',
  `last-activity` date DEFAULT NULL COMMENT 'Day of the last activity',
  `default-location` varchar(255) NOT NULL DEFAULT '' COMMENT 'Default for item.location',
  `allow_location` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 allows to display the location',
  `theme` varchar(255) NOT NULL DEFAULT '' COMMENT 'user theme preference',
  `pubkey` text DEFAULT NULL COMMENT 'RSA public key 4096 bit',
  `prvkey` text DEFAULT NULL COMMENT 'RSA private key 4096 bit',
  `verified` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'user is verified through email',
  `blocked` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 for user is blocked',
  `blockwall` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Prohibit contacts to post to the profile page of the user',
  `hidewall` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Hide profile details from unknown viewers',
  `blocktags` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Prohibit contacts to tag the post of this user',
  `notify-flags` smallint(5) unsigned NOT NULL DEFAULT 65535 COMMENT 'email notification options',
  `page-flags` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'page/profile type',
  `account-type` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `prvnets` tinyint(1) NOT NULL DEFAULT 0,
  `pwdreset` varchar(255) DEFAULT NULL COMMENT 'Password reset request token',
  `pwdreset_time` datetime DEFAULT NULL COMMENT 'Timestamp of the last password reset request',
  `maxreq` int(10) unsigned NOT NULL DEFAULT 10,
  `expire` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Delay in days before deleting user-related posts. Scope is controlled by pConfig.',
  `account_removed` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'if 1 the account is removed',
  `account_expired` tinyint(1) NOT NULL DEFAULT 0,
  `account_expires_on` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'timestamp when account expires and will be deleted',
  `expire_notification_sent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'timestamp of last warning of account expiration',
  `def_gid` int(10) unsigned NOT NULL DEFAULT 0,
  `allow_cid` mediumtext DEFAULT NULL COMMENT 'default permission for this user',
  `allow_gid` mediumtext DEFAULT NULL COMMENT 'default permission for this user',
  `deny_cid` mediumtext DEFAULT NULL COMMENT 'default permission for this user',
  `deny_gid` mediumtext DEFAULT NULL COMMENT 'default permission for this user',
  `openidserver` text DEFAULT NULL,
  PRIMARY KEY (`uid`),
  KEY `nickname` (`nickname`(32)),
  KEY `parent-uid` (`parent-uid`),
  KEY `guid` (`guid`),
  KEY `email` (`email`(64)),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`parent-uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='The local users';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `user-contact`
--

DROP TABLE IF EXISTS `user-contact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user-contact` (
  `cid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Contact id of the linked public contact',
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'User id',
  `uri-id` int(10) unsigned DEFAULT NULL COMMENT 'Id of the item-uri table entry that contains the contact url',
  `blocked` tinyint(1) DEFAULT NULL COMMENT 'Contact is completely blocked for this user',
  `ignored` tinyint(1) DEFAULT NULL COMMENT 'Posts from this contact are ignored',
  `collapsed` tinyint(1) DEFAULT NULL COMMENT 'Posts from this contact are collapsed',
  `hidden` tinyint(1) DEFAULT NULL COMMENT 'This contact is hidden from the others',
  `channel-only` tinyint(1) DEFAULT NULL COMMENT 'This contact is displayed only in channels, but not in the network stream.',
  `is-blocked` tinyint(1) DEFAULT NULL COMMENT 'User is blocked by this contact',
  `channel-frequency` tinyint(3) unsigned DEFAULT NULL COMMENT 'Controls the frequency of the appearance of this contact in channels',
  `pending` tinyint(1) DEFAULT NULL,
  `rel` tinyint(3) unsigned DEFAULT NULL COMMENT 'The kind of the relation between the user and the contact',
  `info` mediumtext DEFAULT NULL,
  `notify_new_posts` tinyint(1) DEFAULT NULL,
  `remote_self` tinyint(3) unsigned DEFAULT NULL COMMENT '0 => No mirroring, 1-2 => Mirror as own post, 3 => Mirror as reshare',
  `fetch_further_information` tinyint(3) unsigned DEFAULT NULL COMMENT '0 => None, 1 => Fetch information, 3 => Fetch keywords, 2 => Fetch both',
  `ffi_keyword_denylist` text DEFAULT NULL,
  `hub-verify` varbinary(383) DEFAULT NULL,
  `protocol` char(4) DEFAULT NULL COMMENT 'Protocol of the contact',
  `rating` tinyint(4) DEFAULT NULL COMMENT 'Automatically detected feed poll frequency',
  `priority` tinyint(3) unsigned DEFAULT NULL COMMENT 'Feed poll priority',
  PRIMARY KEY (`uid`,`cid`),
  UNIQUE KEY `uri-id_uid` (`uri-id`,`uid`),
  KEY `cid` (`cid`),
  CONSTRAINT `user-contact_ibfk_1` FOREIGN KEY (`cid`) REFERENCES `contact` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user-contact_ibfk_2` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `user-contact_ibfk_3` FOREIGN KEY (`uri-id`) REFERENCES `item-uri` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='User specific public contact data';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `user-gserver`
--

DROP TABLE IF EXISTS `user-gserver`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `user-gserver` (
  `uid` mediumint(8) unsigned NOT NULL DEFAULT 0 COMMENT 'Owner User id',
  `gsid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Gserver id',
  `ignored` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'server accounts are ignored for the user',
  PRIMARY KEY (`uid`,`gsid`),
  KEY `gsid` (`gsid`),
  CONSTRAINT `user-gserver_ibfk_1` FOREIGN KEY (`uid`) REFERENCES `user` (`uid`) ON DELETE CASCADE,
  CONSTRAINT `user-gserver_ibfk_2` FOREIGN KEY (`gsid`) REFERENCES `gserver` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='User settings about remote servers';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `userd`
--

DROP TABLE IF EXISTS `userd`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `userd` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'sequential ID',
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `username` (`username`(32))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Deleted usernames';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `verb`
--

DROP TABLE IF EXISTS `verb`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `verb` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Activity Verbs';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `worker-ipc`
--

DROP TABLE IF EXISTS `worker-ipc`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `worker-ipc` (
  `key` int(11) NOT NULL,
  `jobs` tinyint(1) DEFAULT NULL COMMENT 'Flag for outstanding jobs',
  PRIMARY KEY (`key`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Inter process communication between the frontend and the worker';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `workerqueue`
--

DROP TABLE IF EXISTS `workerqueue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `workerqueue` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'Auto incremented worker task id',
  `command` varchar(100) DEFAULT NULL COMMENT 'Task command',
  `parameter` mediumtext DEFAULT NULL COMMENT 'Task parameter',
  `priority` tinyint(3) unsigned NOT NULL DEFAULT 0 COMMENT 'Task priority',
  `created` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Creation date',
  `pid` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'Process id of the worker',
  `executed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Execution date',
  `next_try` datetime NOT NULL DEFAULT '0001-01-01 00:00:00' COMMENT 'Next retrial date',
  `retrial` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Retrial counter',
  `done` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Marked 1 when the task was done - will be deleted later',
  PRIMARY KEY (`id`),
  KEY `command` (`command`),
  KEY `done_command_parameter` (`done`,`command`,`parameter`(64)),
  KEY `done_executed` (`done`,`executed`),
  KEY `done_priority_retrial_created` (`done`,`priority`,`retrial`,`created`),
  KEY `done_priority_next_try` (`done`,`priority`,`next_try`),
  KEY `done_pid_next_try` (`done`,`pid`,`next_try`),
  KEY `done_pid_retrial` (`done`,`pid`,`retrial`),
  KEY `done_pid_priority_created` (`done`,`pid`,`priority`,`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Background tasks queue entries';
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Temporary table structure for view `workerqueue-view`
--

DROP TABLE IF EXISTS `workerqueue-view`;
/*!50001 DROP VIEW IF EXISTS `workerqueue-view`*/;
SET @saved_cs_client     = @@character_set_client;
SET character_set_client = utf8mb4;
/*!50001 CREATE VIEW `workerqueue-view` AS SELECT
 NULL AS `pid`,
 NULL AS `priority` */;
SET character_set_client = @saved_cs_client;

--
-- Dumping routines for database 'friendica'
--

--
-- Final view structure for view `account-user-view`
--

/*!50001 DROP VIEW IF EXISTS `account-user-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `account-user-view` AS select `ucontact`.`id` AS `id`,`contact`.`id` AS `pid`,`ucontact`.`uid` AS `uid`,`contact`.`url` AS `url`,`contact`.`nurl` AS `nurl`,`contact`.`uri-id` AS `uri-id`,`item-uri`.`guid` AS `guid`,`contact`.`addr` AS `addr`,`contact`.`alias` AS `alias`,`contact`.`name` AS `name`,`contact`.`nick` AS `nick`,`contact`.`about` AS `about`,`contact`.`keywords` AS `keywords`,`contact`.`xmpp` AS `xmpp`,`contact`.`matrix` AS `matrix`,`contact`.`avatar` AS `avatar`,`contact`.`photo` AS `photo`,`contact`.`thumb` AS `thumb`,`contact`.`micro` AS `micro`,`contact`.`header` AS `header`,`contact`.`created` AS `created`,`contact`.`updated` AS `updated`,`ucontact`.`self` AS `self`,`ucontact`.`remote_self` AS `remote_self`,`ucontact`.`rel` AS `rel`,`contact`.`network` AS `network`,`ucontact`.`protocol` AS `protocol`,`contact`.`location` AS `location`,`ucontact`.`attag` AS `attag`,`contact`.`pubkey` AS `pubkey`,`contact`.`prvkey` AS `prvkey`,`contact`.`subscribe` AS `subscribe`,`contact`.`last-update` AS `last-update`,`contact`.`success_update` AS `success_update`,`contact`.`failure_update` AS `failure_update`,`contact`.`failed` AS `failed`,`contact`.`last-item` AS `last-item`,`contact`.`last-discovery` AS `last-discovery`,`contact`.`contact-type` AS `contact-type`,`contact`.`manually-approve` AS `manually-approve`,`contact`.`unsearchable` AS `unsearchable`,`contact`.`sensitive` AS `sensitive`,`contact`.`baseurl` AS `baseurl`,`contact`.`gsid` AS `gsid`,`ucontact`.`info` AS `info`,`contact`.`bdyear` AS `bdyear`,`contact`.`bd` AS `bd`,`contact`.`poco` AS `poco`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`term-date` AS `term-date`,`contact`.`hidden` AS `global-ignored`,`contact`.`blocked` AS `global-blocked`,`ucontact`.`hidden` AS `hidden`,`ucontact`.`archive` AS `archive`,`ucontact`.`pending` AS `pending`,`ucontact`.`deleted` AS `deleted`,`ucontact`.`notify_new_posts` AS `notify_new_posts`,`ucontact`.`fetch_further_information` AS `fetch_further_information`,`ucontact`.`ffi_keyword_denylist` AS `ffi_keyword_denylist`,`ucontact`.`rating` AS `rating`,`ucontact`.`readonly` AS `readonly`,`ucontact`.`blocked` AS `blocked`,`ucontact`.`block_reason` AS `block_reason`,`ucontact`.`hub-verify` AS `hub-verify`,`ucontact`.`reason` AS `reason`,`contact`.`notify` AS `dfrn-notify`,`contact`.`poll` AS `dfrn-poll`,`item-uri`.`guid` AS `diaspora-guid`,`diaspora-contact`.`batch` AS `diaspora-batch`,`diaspora-contact`.`notify` AS `diaspora-notify`,`diaspora-contact`.`poll` AS `diaspora-poll`,`diaspora-contact`.`alias` AS `diaspora-alias`,`diaspora-contact`.`interacting_count` AS `diaspora-interacting_count`,`diaspora-contact`.`interacted_count` AS `diaspora-interacted_count`,`diaspora-contact`.`post_count` AS `diaspora-post_count`,`apcontact`.`uuid` AS `ap-uuid`,`apcontact`.`type` AS `ap-type`,`apcontact`.`following` AS `ap-following`,`apcontact`.`followers` AS `ap-followers`,`apcontact`.`inbox` AS `ap-inbox`,`apcontact`.`outbox` AS `ap-outbox`,`apcontact`.`sharedinbox` AS `ap-sharedinbox`,`apcontact`.`generator` AS `ap-generator`,`apcontact`.`posting-restricted` AS `ap-posting-restricted`,`apcontact`.`following_count` AS `ap-following_count`,`apcontact`.`followers_count` AS `ap-followers_count`,`apcontact`.`statuses_count` AS `ap-statuses_count`,`gserver`.`site_name` AS `site_name`,`gserver`.`platform` AS `platform`,`gserver`.`version` AS `version`,`gserver`.`blocked` AS `server-blocked`,`gserver`.`failed` AS `server-failed` from (((((`contact` `ucontact` join `contact` on(`contact`.`uri-id` = `ucontact`.`uri-id` and `contact`.`uid` = 0)) left join `item-uri` on(`item-uri`.`id` = `ucontact`.`uri-id`)) left join `apcontact` on(`apcontact`.`uri-id` = `ucontact`.`uri-id`)) left join `diaspora-contact` on(`diaspora-contact`.`uri-id` = `ucontact`.`uri-id`)) left join `gserver` on(`gserver`.`id` = `contact`.`gsid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `account-view`
--

/*!50001 DROP VIEW IF EXISTS `account-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `account-view` AS select `contact`.`id` AS `id`,`contact`.`url` AS `url`,`contact`.`nurl` AS `nurl`,`contact`.`uri-id` AS `uri-id`,`item-uri`.`guid` AS `guid`,`contact`.`addr` AS `addr`,`contact`.`alias` AS `alias`,`contact`.`name` AS `name`,`contact`.`nick` AS `nick`,`contact`.`about` AS `about`,`contact`.`keywords` AS `keywords`,`contact`.`xmpp` AS `xmpp`,`contact`.`matrix` AS `matrix`,`contact`.`avatar` AS `avatar`,`contact`.`photo` AS `photo`,`contact`.`thumb` AS `thumb`,`contact`.`micro` AS `micro`,`contact`.`header` AS `header`,`contact`.`created` AS `created`,`contact`.`updated` AS `updated`,`contact`.`network` AS `network`,`contact`.`protocol` AS `protocol`,`contact`.`location` AS `location`,`contact`.`attag` AS `attag`,`contact`.`pubkey` AS `pubkey`,`contact`.`prvkey` AS `prvkey`,`contact`.`subscribe` AS `subscribe`,`contact`.`last-update` AS `last-update`,`contact`.`success_update` AS `success_update`,`contact`.`failure_update` AS `failure_update`,`contact`.`failed` AS `failed`,`contact`.`last-item` AS `last-item`,`contact`.`last-discovery` AS `last-discovery`,`contact`.`contact-type` AS `contact-type`,`contact`.`manually-approve` AS `manually-approve`,`contact`.`unsearchable` AS `unsearchable`,`contact`.`sensitive` AS `sensitive`,`contact`.`baseurl` AS `baseurl`,`contact`.`gsid` AS `gsid`,`contact`.`info` AS `info`,`contact`.`bdyear` AS `bdyear`,`contact`.`bd` AS `bd`,`contact`.`poco` AS `poco`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`term-date` AS `term-date`,`contact`.`hidden` AS `global-ignored`,`contact`.`blocked` AS `global-blocked`,`contact`.`hidden` AS `hidden`,`contact`.`archive` AS `archive`,`contact`.`deleted` AS `deleted`,`contact`.`blocked` AS `blocked`,`contact`.`notify` AS `dfrn-notify`,`contact`.`poll` AS `dfrn-poll`,`item-uri`.`guid` AS `diaspora-guid`,`diaspora-contact`.`batch` AS `diaspora-batch`,`diaspora-contact`.`notify` AS `diaspora-notify`,`diaspora-contact`.`poll` AS `diaspora-poll`,`diaspora-contact`.`alias` AS `diaspora-alias`,`apcontact`.`uuid` AS `ap-uuid`,`apcontact`.`type` AS `ap-type`,`apcontact`.`following` AS `ap-following`,`apcontact`.`followers` AS `ap-followers`,`apcontact`.`inbox` AS `ap-inbox`,`apcontact`.`outbox` AS `ap-outbox`,`apcontact`.`sharedinbox` AS `ap-sharedinbox`,`apcontact`.`generator` AS `ap-generator`,`apcontact`.`posting-restricted` AS `ap-posting-restricted`,`apcontact`.`following_count` AS `ap-following_count`,`apcontact`.`followers_count` AS `ap-followers_count`,`apcontact`.`statuses_count` AS `ap-statuses_count`,`gserver`.`site_name` AS `site_name`,`gserver`.`platform` AS `platform`,`gserver`.`version` AS `version`,`gserver`.`blocked` AS `server-blocked`,`gserver`.`failed` AS `server-failed` from ((((`contact` left join `item-uri` on(`item-uri`.`id` = `contact`.`uri-id`)) left join `apcontact` on(`apcontact`.`uri-id` = `contact`.`uri-id`)) left join `diaspora-contact` on(`diaspora-contact`.`uri-id` = `contact`.`uri-id`)) left join `gserver` on(`gserver`.`id` = `contact`.`gsid`)) where `contact`.`uid` = 0 */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `application-view`
--

/*!50001 DROP VIEW IF EXISTS `application-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `application-view` AS select `application`.`id` AS `id`,`application-token`.`uid` AS `uid`,`application`.`name` AS `name`,`application`.`redirect_uri` AS `redirect_uri`,`application`.`website` AS `website`,`application`.`client_id` AS `client_id`,`application`.`client_secret` AS `client_secret`,`application-token`.`code` AS `code`,`application-token`.`access_token` AS `access_token`,`application-token`.`created_at` AS `created_at`,`application-token`.`scopes` AS `scopes`,`application-token`.`read` AS `read`,`application-token`.`write` AS `write`,`application-token`.`follow` AS `follow`,`application-token`.`push` AS `push` from ((`application-token` join `application` on(`application-token`.`application-id` = `application`.`id`)) join `user` on(`user`.`uid` = `application-token`.`uid` and `user`.`verified` <> 0 and `user`.`blocked` = 0 and `user`.`account_removed` = 0 and `user`.`account_expired` = 0)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `category-view`
--

/*!50001 DROP VIEW IF EXISTS `category-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `category-view` AS select `post-category`.`uri-id` AS `uri-id`,`post-category`.`uid` AS `uid`,`post-category`.`type` AS `type`,`post-category`.`tid` AS `tid`,`tag`.`name` AS `name`,`tag`.`url` AS `url` from (`post-category` left join `tag` on(`post-category`.`tid` = `tag`.`id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `circle-member-view`
--

/*!50001 DROP VIEW IF EXISTS `circle-member-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `circle-member-view` AS select `group_member`.`id` AS `id`,`group`.`uid` AS `uid`,`group_member`.`contact-id` AS `contact-id`,`contact`.`uri-id` AS `contact-uri-id`,`contact`.`url` AS `contact-link`,`contact`.`addr` AS `contact-addr`,`contact`.`name` AS `contact-name`,`contact`.`nick` AS `contact-nick`,`contact`.`thumb` AS `contact-avatar`,`contact`.`network` AS `contact-network`,`contact`.`blocked` AS `contact-blocked`,`contact`.`hidden` AS `contact-hidden`,`contact`.`readonly` AS `contact-readonly`,`contact`.`archive` AS `contact-archive`,`contact`.`pending` AS `contact-pending`,`contact`.`self` AS `contact-self`,`contact`.`rel` AS `contact-rel`,`contact`.`contact-type` AS `contact-contact-type`,`group_member`.`gid` AS `circle-id`,`group`.`visible` AS `circle-visible`,`group`.`deleted` AS `circle-deleted`,`group`.`name` AS `circle-name` from ((`group_member` join `contact` on(`group_member`.`contact-id` = `contact`.`id`)) join `group` on(`group_member`.`gid` = `group`.`id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `collection-view`
--

/*!50001 DROP VIEW IF EXISTS `collection-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `collection-view` AS select `post-collection`.`uri-id` AS `uri-id`,`post-collection`.`type` AS `type`,`post-collection`.`author-id` AS `cid`,`post`.`received` AS `received`,`post`.`created` AS `created`,`post-thread`.`commented` AS `commented`,`post`.`private` AS `private`,`post`.`visible` AS `visible`,`post`.`deleted` AS `deleted`,`post`.`thr-parent-id` AS `thr-parent-id`,`post-collection`.`author-id` AS `author-id`,`post`.`gravity` AS `gravity` from ((`post-collection` join `post` on(`post-collection`.`uri-id` = `post`.`uri-id`)) join `post-thread` on(`post-thread`.`uri-id` = `post`.`parent-uri-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `diaspora-contact-view`
--

/*!50001 DROP VIEW IF EXISTS `diaspora-contact-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `diaspora-contact-view` AS select `diaspora-contact`.`uri-id` AS `uri-id`,`item-uri`.`uri` AS `url`,`item-uri`.`guid` AS `guid`,`diaspora-contact`.`addr` AS `addr`,`diaspora-contact`.`alias` AS `alias`,`diaspora-contact`.`nick` AS `nick`,`diaspora-contact`.`name` AS `name`,`diaspora-contact`.`given-name` AS `given-name`,`diaspora-contact`.`family-name` AS `family-name`,`diaspora-contact`.`photo` AS `photo`,`diaspora-contact`.`photo-medium` AS `photo-medium`,`diaspora-contact`.`photo-small` AS `photo-small`,`diaspora-contact`.`batch` AS `batch`,`diaspora-contact`.`notify` AS `notify`,`diaspora-contact`.`poll` AS `poll`,`diaspora-contact`.`subscribe` AS `subscribe`,`diaspora-contact`.`searchable` AS `searchable`,`diaspora-contact`.`pubkey` AS `pubkey`,`gserver`.`url` AS `baseurl`,`diaspora-contact`.`gsid` AS `gsid`,`diaspora-contact`.`created` AS `created`,`diaspora-contact`.`updated` AS `updated`,`diaspora-contact`.`interacting_count` AS `interacting_count`,`diaspora-contact`.`interacted_count` AS `interacted_count`,`diaspora-contact`.`post_count` AS `post_count` from ((`diaspora-contact` join `item-uri` on(`item-uri`.`id` = `diaspora-contact`.`uri-id`)) left join `gserver` on(`gserver`.`id` = `diaspora-contact`.`gsid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `media-view`
--

/*!50001 DROP VIEW IF EXISTS `media-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `media-view` AS select `post-media`.`uri-id` AS `uri-id`,`post-media`.`type` AS `type`,`post`.`received` AS `received`,`post`.`created` AS `created`,`post`.`private` AS `private`,`post`.`visible` AS `visible`,`post`.`deleted` AS `deleted`,`post`.`thr-parent-id` AS `thr-parent-id`,`post`.`author-id` AS `author-id`,`post`.`gravity` AS `gravity` from (`post-media` join `post` on(`post-media`.`uri-id` = `post`.`uri-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `network-thread-circle-view`
--

/*!50001 DROP VIEW IF EXISTS `network-thread-circle-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `network-thread-circle-view` AS select `post-thread-user`.`uri-id` AS `uri-id`,`post-thread-user`.`post-user-id` AS `parent`,`post-thread-user`.`received` AS `received`,`post-thread-user`.`commented` AS `commented`,`post-thread-user`.`created` AS `created`,`post-thread-user`.`uid` AS `uid`,`post-thread-user`.`starred` AS `starred`,`post-thread-user`.`mention` AS `mention`,`post-thread-user`.`network` AS `network`,`post-thread-user`.`contact-id` AS `contact-id`,`ownercontact`.`contact-type` AS `contact-type` from ((((`post-thread-user` join `post-user` on(`post-user`.`id` = `post-thread-user`.`post-user-id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `authorcontact` on(`authorcontact`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `ownercontact` on(`ownercontact`.`id` = `post-thread-user`.`owner-id`)) where `post-user`.`visible` <> 0 and `post-user`.`deleted` = 0 and `contact`.`readonly` = 0 and `contact`.`blocked` = 0 and `contact`.`pending` = 0 and (`post-thread-user`.`hidden` is null or `post-thread-user`.`hidden` = 0) and `authorcontact`.`blocked` = 0 and `ownercontact`.`blocked` = 0 and !exists(select `user-contact`.`cid` from `user-contact` where `user-contact`.`uid` = `post-thread-user`.`uid` and `user-contact`.`cid` in (`post-thread-user`.`author-id`,`post-thread-user`.`owner-id`,`post-thread-user`.`causer-id`) and (`user-contact`.`blocked` <> 0 or `user-contact`.`ignored` <> 0 or `user-contact`.`is-blocked` <> 0) limit 1) and !exists(select `user-gserver`.`gsid` from `user-gserver` where `user-gserver`.`uid` = `post-thread-user`.`uid` and `user-gserver`.`gsid` in (`authorcontact`.`gsid`,`ownercontact`.`gsid`) and `user-gserver`.`ignored` <> 0 limit 1) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `network-thread-view`
--

/*!50001 DROP VIEW IF EXISTS `network-thread-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `network-thread-view` AS select `post-thread-user`.`uri-id` AS `uri-id`,`post-thread-user`.`post-user-id` AS `parent`,`post-thread-user`.`received` AS `received`,`post-thread-user`.`commented` AS `commented`,`post-thread-user`.`created` AS `created`,`post-thread-user`.`uid` AS `uid`,`post-thread-user`.`starred` AS `starred`,`post-thread-user`.`mention` AS `mention`,`post-thread-user`.`network` AS `network`,`post-thread-user`.`contact-id` AS `contact-id`,`ownercontact`.`contact-type` AS `contact-type` from ((((`post-thread-user` join `post-user` on(`post-user`.`id` = `post-thread-user`.`post-user-id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `authorcontact` on(`authorcontact`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `ownercontact` on(`ownercontact`.`id` = `post-thread-user`.`owner-id`)) where `post-user`.`visible` <> 0 and `post-user`.`deleted` = 0 and `contact`.`readonly` = 0 and `contact`.`blocked` = 0 and `contact`.`pending` = 0 and (`post-thread-user`.`hidden` is null or `post-thread-user`.`hidden` = 0) and `authorcontact`.`blocked` = 0 and `ownercontact`.`blocked` = 0 and !exists(select `user-contact`.`cid` from `user-contact` where `user-contact`.`uid` = `post-thread-user`.`uid` and `user-contact`.`cid` in (`post-thread-user`.`author-id`,`post-thread-user`.`owner-id`,`post-thread-user`.`causer-id`) and (`user-contact`.`blocked` <> 0 or `user-contact`.`ignored` <> 0 or `user-contact`.`is-blocked` <> 0 or `user-contact`.`channel-only` <> 0) limit 1) and !exists(select `user-gserver`.`gsid` from `user-gserver` where `user-gserver`.`uid` = `post-thread-user`.`uid` and `user-gserver`.`gsid` in (`authorcontact`.`gsid`,`ownercontact`.`gsid`) and `user-gserver`.`ignored` <> 0 limit 1) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `owner-view`
--

/*!50001 DROP VIEW IF EXISTS `owner-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `owner-view` AS select `contact`.`id` AS `id`,`contact`.`uid` AS `uid`,`contact`.`created` AS `created`,`contact`.`updated` AS `updated`,`contact`.`self` AS `self`,`contact`.`remote_self` AS `remote_self`,`contact`.`rel` AS `rel`,`contact`.`network` AS `network`,`contact`.`protocol` AS `protocol`,`contact`.`name` AS `name`,`contact`.`nick` AS `nick`,`contact`.`location` AS `location`,`contact`.`about` AS `about`,`contact`.`keywords` AS `keywords`,`contact`.`xmpp` AS `xmpp`,`contact`.`matrix` AS `matrix`,`contact`.`attag` AS `attag`,`contact`.`avatar` AS `avatar`,`contact`.`photo` AS `photo`,`contact`.`thumb` AS `thumb`,`contact`.`micro` AS `micro`,`contact`.`header` AS `header`,`contact`.`url` AS `url`,`contact`.`nurl` AS `nurl`,`contact`.`uri-id` AS `uri-id`,`contact`.`addr` AS `addr`,`contact`.`alias` AS `alias`,`contact`.`pubkey` AS `pubkey`,`contact`.`prvkey` AS `prvkey`,`contact`.`batch` AS `batch`,`contact`.`request` AS `request`,`contact`.`notify` AS `notify`,`contact`.`poll` AS `poll`,`contact`.`confirm` AS `confirm`,`contact`.`poco` AS `poco`,`contact`.`hub-verify` AS `hub-verify`,`contact`.`last-update` AS `last-update`,`contact`.`success_update` AS `success_update`,`contact`.`failure_update` AS `failure_update`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`avatar-date` AS `picdate`,`contact`.`term-date` AS `term-date`,`contact`.`last-item` AS `last-item`,`contact`.`priority` AS `priority`,`user`.`blocked` AS `blocked`,`contact`.`block_reason` AS `block_reason`,`contact`.`readonly` AS `readonly`,`contact`.`writable` AS `writable`,`contact`.`forum` AS `forum`,`contact`.`prv` AS `prv`,`contact`.`contact-type` AS `contact-type`,`contact`.`manually-approve` AS `manually-approve`,`contact`.`hidden` AS `hidden`,`contact`.`archive` AS `archive`,`contact`.`pending` AS `pending`,`contact`.`deleted` AS `deleted`,`contact`.`unsearchable` AS `unsearchable`,`contact`.`sensitive` AS `sensitive`,`contact`.`baseurl` AS `baseurl`,`contact`.`reason` AS `reason`,`contact`.`info` AS `info`,`contact`.`bdyear` AS `bdyear`,`contact`.`bd` AS `bd`,`contact`.`notify_new_posts` AS `notify_new_posts`,`contact`.`fetch_further_information` AS `fetch_further_information`,`contact`.`ffi_keyword_denylist` AS `ffi_keyword_denylist`,`user`.`parent-uid` AS `parent-uid`,`user`.`guid` AS `guid`,`user`.`nickname` AS `nickname`,`user`.`email` AS `email`,`user`.`openid` AS `openid`,`user`.`timezone` AS `timezone`,`user`.`language` AS `language`,`user`.`register_date` AS `register_date`,`user`.`login_date` AS `login_date`,`user`.`last-activity` AS `last-activity`,`user`.`default-location` AS `default-location`,`user`.`allow_location` AS `allow_location`,`user`.`theme` AS `theme`,`user`.`pubkey` AS `upubkey`,`user`.`prvkey` AS `uprvkey`,`user`.`verified` AS `verified`,`user`.`blockwall` AS `blockwall`,`user`.`hidewall` AS `hidewall`,`user`.`blocktags` AS `blocktags`,`user`.`notify-flags` AS `notify-flags`,`user`.`page-flags` AS `page-flags`,`user`.`account-type` AS `account-type`,`user`.`prvnets` AS `prvnets`,`user`.`maxreq` AS `maxreq`,`user`.`expire` AS `expire`,`user`.`account_removed` AS `account_removed`,`user`.`account_expired` AS `account_expired`,`user`.`account_expires_on` AS `account_expires_on`,`user`.`expire_notification_sent` AS `expire_notification_sent`,`user`.`def_gid` AS `def_gid`,`user`.`allow_cid` AS `allow_cid`,`user`.`allow_gid` AS `allow_gid`,`user`.`deny_cid` AS `deny_cid`,`user`.`deny_gid` AS `deny_gid`,`user`.`openidserver` AS `openidserver`,`profile`.`publish` AS `publish`,`profile`.`net-publish` AS `net-publish`,`profile`.`hide-friends` AS `hide-friends`,`profile`.`prv_keywords` AS `prv_keywords`,`profile`.`pub_keywords` AS `pub_keywords`,`profile`.`address` AS `address`,`profile`.`locality` AS `locality`,`profile`.`region` AS `region`,`profile`.`postal-code` AS `postal-code`,`profile`.`country-name` AS `country-name`,`profile`.`homepage` AS `homepage`,`profile`.`homepage_verified` AS `homepage_verified`,`profile`.`dob` AS `dob` from ((`user` join `contact` on(`contact`.`uid` = `user`.`uid` and `contact`.`self` <> 0)) join `profile` on(`profile`.`uid` = `user`.`uid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `pending-view`
--

/*!50001 DROP VIEW IF EXISTS `pending-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `pending-view` AS select `register`.`id` AS `id`,`register`.`hash` AS `hash`,`register`.`created` AS `created`,`register`.`uid` AS `uid`,`register`.`password` AS `password`,`register`.`language` AS `language`,`register`.`note` AS `note`,`contact`.`self` AS `self`,`contact`.`name` AS `name`,`contact`.`url` AS `url`,`contact`.`micro` AS `micro`,`user`.`email` AS `email`,`contact`.`nick` AS `nick` from ((`register` join `contact` on(`register`.`uid` = `contact`.`uid`)) join `user` on(`register`.`uid` = `user`.`uid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-counts-view`
--

/*!50001 DROP VIEW IF EXISTS `post-counts-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-counts-view` AS select `post-counts`.`uri-id` AS `uri-id`,`post-counts`.`vid` AS `vid`,`verb`.`name` AS `verb`,`post-counts`.`reaction` AS `reaction`,`post-counts`.`parent-uri-id` AS `parent-uri-id`,`post-counts`.`count` AS `count` from (`post-counts` join `verb` on(`verb`.`id` = `post-counts`.`vid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-engagement-user-view`
--

/*!50001 DROP VIEW IF EXISTS `post-engagement-user-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-engagement-user-view` AS select `post-thread-user`.`uid` AS `uid`,`post-engagement`.`uri-id` AS `uri-id`,`post-engagement`.`owner-id` AS `owner-id`,`post-engagement`.`media-type` AS `media-type`,`post-engagement`.`language` AS `language`,`post-engagement`.`searchtext` AS `searchtext`,`post-engagement`.`size` AS `size`,`post-thread-user`.`commented` AS `commented`,`post-thread-user`.`received` AS `received`,`post-thread-user`.`created` AS `created`,`post-thread-user`.`network` AS `network`,`post-engagement`.`language` AS `restricted`,0 AS `comments`,0 AS `activities` from (((((`post-thread-user` join `post-engagement` on(`post-engagement`.`uri-id` = `post-thread-user`.`uri-id`)) join `post-user` on(`post-user`.`id` = `post-thread-user`.`post-user-id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `authorcontact` on(`authorcontact`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `ownercontact` on(`ownercontact`.`id` = `post-thread-user`.`owner-id`)) where `post-user`.`visible` <> 0 and `post-user`.`deleted` = 0 and `contact`.`readonly` = 0 and `contact`.`blocked` = 0 and `contact`.`pending` = 0 and (`post-thread-user`.`hidden` is null or `post-thread-user`.`hidden` = 0) and `authorcontact`.`blocked` = 0 and `ownercontact`.`blocked` = 0 and !exists(select `user-contact`.`cid` from `user-contact` where `user-contact`.`uid` = `post-thread-user`.`uid` and `user-contact`.`cid` in (`authorcontact`.`id`,`ownercontact`.`id`) and (`user-contact`.`blocked` <> 0 or `user-contact`.`ignored` <> 0 or `user-contact`.`is-blocked` <> 0) limit 1) and !exists(select `user-gserver`.`gsid` from `user-gserver` where `user-gserver`.`uid` = `post-thread-user`.`uid` and `user-gserver`.`gsid` in (`authorcontact`.`gsid`,`ownercontact`.`gsid`) and `user-gserver`.`ignored` <> 0 limit 1) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-origin-view`
--

/*!50001 DROP VIEW IF EXISTS `post-origin-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-origin-view` AS select `post-origin`.`id` AS `id`,`post-origin`.`id` AS `post-user-id`,`post-origin`.`uid` AS `uid`,`post-thread-user`.`post-user-id` AS `parent`,`item-uri`.`uri` AS `uri`,`post-origin`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post-origin`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post-origin`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread-user`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread-user`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post-origin`.`wall` AS `wall`,`post-origin`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post-user`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post-user`.`replies-id` AS `replies-id`,`post-origin`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-origin`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-user`.`post-type` AS `post-type`,`post-user`.`post-reason` AS `post-reason`,`post-origin`.`private` AS `private`,`post-thread-user`.`pubmail` AS `pubmail`,`post-user`.`visible` AS `visible`,`post-thread-user`.`starred` AS `starred`,`post-user`.`unseen` AS `unseen`,`post-user`.`deleted` AS `deleted`,1 AS `origin`,`post-thread-user`.`origin` AS `parent-origin`,`post-thread-user`.`mention` AS `mention`,`post-user`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post-origin`.`uri-id` limit 1) AS `featured`,`post-user`.`network` AS `network`,`post-user`.`protocol` AS `protocol`,`post-origin`.`vid` AS `vid`,`post-user`.`psid` AS `psid`,if(`post-origin`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,ifnull(`post-content`.`body`,'') AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-user`.`restrictions` AS `restrictions`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post-user`.`contact-id` AS `contact-id`,`contact`.`uri-id` AS `contact-uri-id`,`contact`.`url` AS `contact-link`,`contact`.`addr` AS `contact-addr`,`contact`.`name` AS `contact-name`,`contact`.`nick` AS `contact-nick`,`contact`.`thumb` AS `contact-avatar`,`contact`.`network` AS `contact-network`,`contact`.`blocked` AS `contact-blocked`,`contact`.`hidden` AS `contact-hidden`,`contact`.`readonly` AS `contact-readonly`,`contact`.`archive` AS `contact-archive`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`contact-type` AS `contact-contact-type`,if(`post-user`.`network` in ('apub','dfrn','dspr','stat'),1,`contact`.`writable`) AS `writable`,`contact`.`self` AS `self`,`contact`.`id` AS `cid`,`contact`.`alias` AS `alias`,`contact`.`photo` AS `photo`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`thumb` AS `thumb`,`post-user`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,if(`contact`.`url` = `author`.`url` and `contact`.`name` <> '',`contact`.`name`,`author`.`name`) AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,if(`contact`.`url` = `author`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`author`.`thumb`) AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`author`.`baseurl` AS `author-baseurl`,`post-user`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,if(`contact`.`url` = `owner`.`url` and `contact`.`name` <> '',`contact`.`name`,`owner`.`name`) AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,if(`contact`.`url` = `owner`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`owner`.`thumb`) AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`gsid` AS `owner-gsid`,`owner`.`contact-type` AS `owner-contact-type`,`post-user`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`gsid` AS `causer-gsid`,`causer`.`contact-type` AS `causer-contact-type`,`post-delivery-data`.`postopts` AS `postopts`,`post-delivery-data`.`inform` AS `inform`,`post-delivery-data`.`queue_count` AS `delivery_queue_count`,`post-delivery-data`.`queue_done` AS `delivery_queue_done`,`post-delivery-data`.`queue_failed` AS `delivery_queue_failed`,if(`post-user`.`psid` is null,'',`permissionset`.`allow_cid`) AS `allow_cid`,if(`post-user`.`psid` is null,'',`permissionset`.`allow_gid`) AS `allow_gid`,if(`post-user`.`psid` is null,'',`permissionset`.`deny_cid`) AS `deny_cid`,if(`post-user`.`psid` is null,'',`permissionset`.`deny_gid`) AS `deny_gid`,`post-user`.`event-id` AS `event-id`,`event`.`created` AS `event-created`,`event`.`edited` AS `event-edited`,`event`.`start` AS `event-start`,`event`.`finish` AS `event-finish`,`event`.`summary` AS `event-summary`,`event`.`desc` AS `event-desc`,`event`.`location` AS `event-location`,`event`.`type` AS `event-type`,`event`.`nofinish` AS `event-nofinish`,`event`.`ignore` AS `event-ignore`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,exists(select `post-category`.`uri-id` from `post-category` where `post-category`.`uri-id` = `post-origin`.`uri-id` and `post-category`.`uid` = `post-origin`.`uid` limit 1) AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post-origin`.`uri-id` limit 1) AS `has-media`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread-user`.`network` AS `parent-network`,`post-thread-user`.`owner-id` AS `parent-owner-id`,`post-thread-user`.`author-id` AS `parent-author-id`,`parent-post-author`.`url` AS `parent-author-link`,`parent-post-author`.`name` AS `parent-author-name`,`parent-post-author`.`nick` AS `parent-author-nick`,`parent-post-author`.`network` AS `parent-author-network` from ((((((((((((((((((((((`post-origin` join `post-user` on(`post-user`.`id` = `post-origin`.`id`)) join `post-thread-user` on(`post-thread-user`.`uri-id` = `post-origin`.`parent-uri-id` and `post-thread-user`.`uid` = `post-origin`.`uid`)) straight_join `contact` on(`contact`.`id` = `post-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-user`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post-origin`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post-origin`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post-origin`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread-user`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread-user`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post-user`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post-user`.`replies-id`)) left join `verb` on(`verb`.`id` = `post-origin`.`vid`)) left join `event` on(`event`.`id` = `post-user`.`event-id`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post-origin`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post-origin`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-delivery-data` on(`post-delivery-data`.`uri-id` = `post-origin`.`uri-id`)) left join `post-question` on(`post-question`.`uri-id` = `post-origin`.`uri-id`)) left join `permissionset` on(`permissionset`.`id` = `post-user`.`psid`)) left join `contact` `parent-post-author` on(`parent-post-author`.`id` = `post-thread-user`.`author-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-searchindex-user-view`
--

/*!50001 DROP VIEW IF EXISTS `post-searchindex-user-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-searchindex-user-view` AS select `post-thread-user`.`uid` AS `uid`,`post-searchindex`.`uri-id` AS `uri-id`,`post-searchindex`.`owner-id` AS `owner-id`,`post-searchindex`.`media-type` AS `media-type`,`post-searchindex`.`language` AS `language`,`post-searchindex`.`searchtext` AS `searchtext`,`post-searchindex`.`size` AS `size`,`post-thread-user`.`commented` AS `commented`,`post-thread-user`.`received` AS `received`,`post-thread-user`.`created` AS `created`,`post-thread-user`.`network` AS `network`,`post-searchindex`.`language` AS `restricted`,0 AS `comments`,0 AS `activities` from (((((`post-thread-user` join `post-searchindex` on(`post-searchindex`.`uri-id` = `post-thread-user`.`uri-id`)) join `post-user` on(`post-user`.`id` = `post-thread-user`.`post-user-id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `authorcontact` on(`authorcontact`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `ownercontact` on(`ownercontact`.`id` = `post-thread-user`.`owner-id`)) where `post-user`.`visible` <> 0 and `post-user`.`deleted` = 0 and `contact`.`readonly` = 0 and `contact`.`blocked` = 0 and `contact`.`pending` = 0 and (`post-thread-user`.`hidden` is null or `post-thread-user`.`hidden` = 0) and `authorcontact`.`blocked` = 0 and `ownercontact`.`blocked` = 0 and !exists(select `user-contact`.`cid` from `user-contact` where `user-contact`.`uid` = `post-thread-user`.`uid` and `user-contact`.`cid` in (`authorcontact`.`id`,`ownercontact`.`id`) and (`user-contact`.`blocked` <> 0 or `user-contact`.`ignored` <> 0 or `user-contact`.`is-blocked` <> 0) limit 1) and !exists(select `user-gserver`.`gsid` from `user-gserver` where `user-gserver`.`uid` = `post-thread-user`.`uid` and `user-gserver`.`gsid` in (`authorcontact`.`gsid`,`ownercontact`.`gsid`) and `user-gserver`.`ignored` <> 0 limit 1) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-thread-origin-view`
--

/*!50001 DROP VIEW IF EXISTS `post-thread-origin-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-thread-origin-view` AS select `post-origin`.`id` AS `id`,`post-origin`.`id` AS `post-user-id`,`post-origin`.`uid` AS `uid`,`post-thread-user`.`post-user-id` AS `parent`,`item-uri`.`uri` AS `uri`,`post-origin`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post-origin`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post-origin`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread-user`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread-user`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post-origin`.`wall` AS `wall`,`post-origin`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post-user`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post-user`.`replies-id` AS `replies-id`,`post-origin`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-origin`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-user`.`post-type` AS `post-type`,`post-user`.`post-reason` AS `post-reason`,`post-origin`.`private` AS `private`,`post-thread-user`.`pubmail` AS `pubmail`,`post-thread-user`.`ignored` AS `ignored`,`post-user`.`visible` AS `visible`,`post-thread-user`.`starred` AS `starred`,`post-thread-user`.`unseen` AS `unseen`,`post-user`.`deleted` AS `deleted`,1 AS `origin`,`post-thread-user`.`mention` AS `mention`,`post-user`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post-thread-user`.`uri-id` limit 1) AS `featured`,`post-thread-user`.`network` AS `network`,`post-origin`.`vid` AS `vid`,`post-thread-user`.`psid` AS `psid`,if(`post-origin`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,`post-content`.`body` AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-user`.`restrictions` AS `restrictions`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post-thread-user`.`contact-id` AS `contact-id`,`contact`.`uri-id` AS `contact-uri-id`,`contact`.`url` AS `contact-link`,`contact`.`addr` AS `contact-addr`,`contact`.`name` AS `contact-name`,`contact`.`nick` AS `contact-nick`,`contact`.`thumb` AS `contact-avatar`,`contact`.`network` AS `contact-network`,`contact`.`blocked` AS `contact-blocked`,`contact`.`hidden` AS `contact-hidden`,`contact`.`readonly` AS `contact-readonly`,`contact`.`archive` AS `contact-archive`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`gsid` AS `contact-gsid`,`contact`.`contact-type` AS `contact-contact-type`,if(`post-user`.`network` in ('apub','dfrn','dspr','stat'),1,`contact`.`writable`) AS `writable`,`contact`.`self` AS `self`,`contact`.`id` AS `cid`,`contact`.`alias` AS `alias`,`contact`.`photo` AS `photo`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`thumb` AS `thumb`,`post-thread-user`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,if(`contact`.`url` = `author`.`url` and `contact`.`name` <> '',`contact`.`name`,`author`.`name`) AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,if(`contact`.`url` = `author`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`author`.`thumb`) AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`post-thread-user`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,if(`contact`.`url` = `owner`.`url` and `contact`.`name` <> '',`contact`.`name`,`owner`.`name`) AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,if(`contact`.`url` = `owner`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`owner`.`thumb`) AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`gsid` AS `owner-gsid`,`owner`.`contact-type` AS `owner-contact-type`,`post-thread-user`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`gsid` AS `causer-gsid`,`causer`.`contact-type` AS `causer-contact-type`,`post-delivery-data`.`postopts` AS `postopts`,`post-delivery-data`.`inform` AS `inform`,`post-delivery-data`.`queue_count` AS `delivery_queue_count`,`post-delivery-data`.`queue_done` AS `delivery_queue_done`,`post-delivery-data`.`queue_failed` AS `delivery_queue_failed`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`allow_cid`) AS `allow_cid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`allow_gid`) AS `allow_gid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`deny_cid`) AS `deny_cid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`deny_gid`) AS `deny_gid`,`post-user`.`event-id` AS `event-id`,`event`.`created` AS `event-created`,`event`.`edited` AS `event-edited`,`event`.`start` AS `event-start`,`event`.`finish` AS `event-finish`,`event`.`summary` AS `event-summary`,`event`.`desc` AS `event-desc`,`event`.`location` AS `event-location`,`event`.`type` AS `event-type`,`event`.`nofinish` AS `event-nofinish`,`event`.`ignore` AS `event-ignore`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,exists(select `post-category`.`uri-id` from `post-category` where `post-category`.`uri-id` = `post-thread-user`.`uri-id` and `post-category`.`uid` = `post-thread-user`.`uid` limit 1) AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post-thread-user`.`uri-id` limit 1) AS `has-media`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread-user`.`network` AS `parent-network`,`post-thread-user`.`owner-id` AS `parent-owner-id`,`post-thread-user`.`author-id` AS `parent-author-id`,`author`.`url` AS `parent-author-link`,`author`.`name` AS `parent-author-name`,`author`.`nick` AS `parent-author-nick`,`author`.`network` AS `parent-author-network` from (((((((((((((((((((((`post-origin` join `post-thread-user` on(`post-thread-user`.`uri-id` = `post-origin`.`uri-id` and `post-thread-user`.`uid` = `post-origin`.`uid`)) join `post-user` on(`post-user`.`id` = `post-origin`.`id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-thread-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-thread-user`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post-origin`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post-origin`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post-origin`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread-user`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread-user`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post-user`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post-user`.`replies-id`)) left join `verb` on(`verb`.`id` = `post-origin`.`vid`)) left join `event` on(`event`.`id` = `post-user`.`event-id`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post-origin`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post-origin`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-delivery-data` on(`post-delivery-data`.`uri-id` = `post-origin`.`uri-id`)) left join `post-question` on(`post-question`.`uri-id` = `post-origin`.`uri-id`)) left join `permissionset` on(`permissionset`.`id` = `post-thread-user`.`psid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-thread-user-view`
--

/*!50001 DROP VIEW IF EXISTS `post-thread-user-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-thread-user-view` AS select `post-user`.`id` AS `id`,`post-user`.`id` AS `post-user-id`,`post-thread-user`.`uid` AS `uid`,`post-thread-user`.`post-user-id` AS `parent`,`item-uri`.`uri` AS `uri`,`post-thread-user`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post-user`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post-user`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread-user`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread-user`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post-thread-user`.`wall` AS `wall`,`post-user`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post-user`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post-user`.`replies-id` AS `replies-id`,`post-thread-user`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-thread-user`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-user`.`post-type` AS `post-type`,`post-user`.`post-reason` AS `post-reason`,`post-user`.`private` AS `private`,`post-thread-user`.`pubmail` AS `pubmail`,`post-thread-user`.`ignored` AS `ignored`,`post-user`.`visible` AS `visible`,`post-thread-user`.`starred` AS `starred`,`post-thread-user`.`unseen` AS `unseen`,`post-user`.`deleted` AS `deleted`,`post-thread-user`.`origin` AS `origin`,`post-thread-user`.`mention` AS `mention`,`post-user`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post-thread-user`.`uri-id` limit 1) AS `featured`,`post-thread-user`.`network` AS `network`,`post-user`.`vid` AS `vid`,`post-thread-user`.`psid` AS `psid`,if(`post-user`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,`post-content`.`body` AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-user`.`restrictions` AS `restrictions`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post-thread-user`.`contact-id` AS `contact-id`,`contact`.`uri-id` AS `contact-uri-id`,`contact`.`url` AS `contact-link`,`contact`.`addr` AS `contact-addr`,`contact`.`name` AS `contact-name`,`contact`.`nick` AS `contact-nick`,`contact`.`thumb` AS `contact-avatar`,`contact`.`network` AS `contact-network`,`contact`.`blocked` AS `contact-blocked`,`contact`.`hidden` AS `contact-hidden`,`contact`.`readonly` AS `contact-readonly`,`contact`.`archive` AS `contact-archive`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`gsid` AS `contact-gsid`,`contact`.`contact-type` AS `contact-contact-type`,if(`post-user`.`network` in ('apub','dfrn','dspr','stat'),1,`contact`.`writable`) AS `writable`,`contact`.`self` AS `self`,`contact`.`id` AS `cid`,`contact`.`alias` AS `alias`,`contact`.`photo` AS `photo`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`thumb` AS `thumb`,`post-thread-user`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,if(`contact`.`url` = `author`.`url` and `contact`.`name` <> '',`contact`.`name`,`author`.`name`) AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,if(`contact`.`url` = `author`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`author`.`thumb`) AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`post-thread-user`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,if(`contact`.`url` = `owner`.`url` and `contact`.`name` <> '',`contact`.`name`,`owner`.`name`) AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,if(`contact`.`url` = `owner`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`owner`.`thumb`) AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`gsid` AS `owner-gsid`,`owner`.`contact-type` AS `owner-contact-type`,`post-thread-user`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`gsid` AS `causer-gsid`,`causer`.`contact-type` AS `causer-contact-type`,`post-delivery-data`.`postopts` AS `postopts`,`post-delivery-data`.`inform` AS `inform`,`post-delivery-data`.`queue_count` AS `delivery_queue_count`,`post-delivery-data`.`queue_done` AS `delivery_queue_done`,`post-delivery-data`.`queue_failed` AS `delivery_queue_failed`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`allow_cid`) AS `allow_cid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`allow_gid`) AS `allow_gid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`deny_cid`) AS `deny_cid`,if(`post-thread-user`.`psid` is null,'',`permissionset`.`deny_gid`) AS `deny_gid`,`post-user`.`event-id` AS `event-id`,`event`.`created` AS `event-created`,`event`.`edited` AS `event-edited`,`event`.`start` AS `event-start`,`event`.`finish` AS `event-finish`,`event`.`summary` AS `event-summary`,`event`.`desc` AS `event-desc`,`event`.`location` AS `event-location`,`event`.`type` AS `event-type`,`event`.`nofinish` AS `event-nofinish`,`event`.`ignore` AS `event-ignore`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,exists(select `post-category`.`uri-id` from `post-category` where `post-category`.`uri-id` = `post-thread-user`.`uri-id` and `post-category`.`uid` = `post-thread-user`.`uid` limit 1) AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post-thread-user`.`uri-id` limit 1) AS `has-media`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread-user`.`network` AS `parent-network`,`post-thread-user`.`owner-id` AS `parent-owner-id`,`post-thread-user`.`author-id` AS `parent-author-id`,`author`.`url` AS `parent-author-link`,`author`.`name` AS `parent-author-name`,`author`.`nick` AS `parent-author-nick`,`author`.`network` AS `parent-author-network` from ((((((((((((((((((((`post-thread-user` join `post-user` on(`post-user`.`id` = `post-thread-user`.`post-user-id`)) straight_join `contact` on(`contact`.`id` = `post-thread-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-thread-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-thread-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-thread-user`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post-thread-user`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post-user`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post-user`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread-user`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread-user`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post-user`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post-user`.`replies-id`)) left join `verb` on(`verb`.`id` = `post-user`.`vid`)) left join `event` on(`event`.`id` = `post-user`.`event-id`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post-thread-user`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post-thread-user`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-delivery-data` on(`post-delivery-data`.`uri-id` = `post-thread-user`.`uri-id` and `post-thread-user`.`origin` <> 0)) left join `post-question` on(`post-question`.`uri-id` = `post-thread-user`.`uri-id`)) left join `permissionset` on(`permissionset`.`id` = `post-thread-user`.`psid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-thread-view`
--

/*!50001 DROP VIEW IF EXISTS `post-thread-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-thread-view` AS select `item-uri`.`uri` AS `uri`,`post-thread`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post`.`replies-id` AS `replies-id`,`post-thread`.`created` AS `created`,`post`.`edited` AS `edited`,`post-thread`.`commented` AS `commented`,`post-thread`.`received` AS `received`,`post-thread`.`changed` AS `changed`,`post`.`post-type` AS `post-type`,`post`.`private` AS `private`,`post`.`visible` AS `visible`,`post`.`deleted` AS `deleted`,`post`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post-thread`.`uri-id` limit 1) AS `featured`,`post-thread`.`network` AS `network`,`post`.`vid` AS `vid`,if(`post`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,`post-content`.`body` AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post-thread`.`author-id` AS `contact-id`,`author`.`uri-id` AS `contact-uri-id`,`author`.`url` AS `contact-link`,`author`.`addr` AS `contact-addr`,`author`.`name` AS `contact-name`,`author`.`nick` AS `contact-nick`,`author`.`thumb` AS `contact-avatar`,`author`.`network` AS `contact-network`,`author`.`blocked` AS `contact-blocked`,`author`.`hidden` AS `contact-hidden`,`author`.`readonly` AS `contact-readonly`,`author`.`archive` AS `contact-archive`,`author`.`pending` AS `contact-pending`,`author`.`rel` AS `contact-rel`,`author`.`uid` AS `contact-uid`,`author`.`contact-type` AS `contact-contact-type`,if(`post`.`network` in ('apub','dfrn','dspr','stat'),1,`author`.`writable`) AS `writable`,0 AS `self`,`author`.`id` AS `cid`,`author`.`alias` AS `alias`,`author`.`photo` AS `photo`,`author`.`name-date` AS `name-date`,`author`.`uri-date` AS `uri-date`,`author`.`avatar-date` AS `avatar-date`,`author`.`thumb` AS `thumb`,`post-thread`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,`author`.`name` AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,`author`.`thumb` AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`post-thread`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,`owner`.`name` AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,`owner`.`thumb` AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`gsid` AS `owner-gsid`,`owner`.`contact-type` AS `owner-contact-type`,`post-thread`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`gsid` AS `causer-gsid`,`causer`.`contact-type` AS `causer-contact-type`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,0 AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post-thread`.`uri-id` limit 1) AS `has-media`,(select count(0) from `post` where `post`.`parent-uri-id` = `post-thread`.`uri-id` and `post`.`gravity` = 6) AS `total-comments`,(select count(distinct `post`.`author-id`) from `post` where `post`.`parent-uri-id` = `post-thread`.`uri-id` and `post`.`gravity` = 6) AS `total-actors`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread`.`network` AS `parent-network`,`post-thread`.`owner-id` AS `parent-owner-id`,`post-thread`.`author-id` AS `parent-author-id`,`author`.`url` AS `parent-author-link`,`author`.`name` AS `parent-author-name`,`author`.`nick` AS `parent-author-nick`,`author`.`network` AS `parent-author-network` from ((((((((((((((((`post-thread` join `post` on(`post`.`uri-id` = `post-thread`.`uri-id`)) straight_join `contact` `author` on(`author`.`id` = `post-thread`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-thread`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-thread`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post-thread`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post`.`replies-id`)) left join `verb` on(`verb`.`id` = `post`.`vid`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post-thread`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post-thread`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-question` on(`post-question`.`uri-id` = `post-thread`.`uri-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-timeline-origin-view`
--

/*!50001 DROP VIEW IF EXISTS `post-timeline-origin-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-timeline-origin-view` AS select `post-origin`.`uid` AS `uid`,`post-origin`.`uri-id` AS `uri-id`,`post-origin`.`gravity` AS `gravity`,`post-origin`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-origin`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-origin`.`private` AS `private`,`post-user`.`visible` AS `visible`,`post-user`.`deleted` AS `deleted`,1 AS `origin`,`post-user`.`global` AS `global`,`post-user`.`network` AS `network`,`post-user`.`protocol` AS `protocol`,`post-origin`.`vid` AS `vid`,`post-user`.`contact-id` AS `contact-id`,`contact`.`blocked` AS `contact-blocked`,`contact`.`readonly` AS `contact-readonly`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`self` AS `self`,`post-user`.`author-id` AS `author-id`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`gsid` AS `author-gsid`,`post-user`.`owner-id` AS `owner-id`,`owner`.`blocked` AS `owner-blocked`,`owner`.`gsid` AS `owner-gsid`,`post-user`.`causer-id` AS `causer-id`,`causer`.`blocked` AS `causer-blocked`,`causer`.`gsid` AS `causer-gsid` from ((((((`post-origin` join `post-user` on(`post-user`.`id` = `post-origin`.`id`)) left join `post-thread-user` on(`post-thread-user`.`uri-id` = `post-origin`.`parent-uri-id` and `post-thread-user`.`uid` = `post-origin`.`uid`)) straight_join `contact` on(`contact`.`id` = `post-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-user`.`causer-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-timeline-view`
--

/*!50001 DROP VIEW IF EXISTS `post-timeline-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-timeline-view` AS select `post-user`.`uid` AS `uid`,`post-user`.`uri-id` AS `uri-id`,`post-user`.`gravity` AS `gravity`,`post-user`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-user`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-user`.`private` AS `private`,`post-user`.`visible` AS `visible`,`post-user`.`deleted` AS `deleted`,`post-user`.`origin` AS `origin`,`post-user`.`global` AS `global`,`post-user`.`network` AS `network`,`post-user`.`protocol` AS `protocol`,`post-user`.`vid` AS `vid`,`post-user`.`contact-id` AS `contact-id`,`contact`.`blocked` AS `contact-blocked`,`contact`.`readonly` AS `contact-readonly`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`self` AS `self`,`post-user`.`author-id` AS `author-id`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`gsid` AS `author-gsid`,`post-user`.`owner-id` AS `owner-id`,`owner`.`blocked` AS `owner-blocked`,`owner`.`gsid` AS `owner-gsid`,`post-user`.`causer-id` AS `causer-id`,`causer`.`blocked` AS `causer-blocked`,`causer`.`gsid` AS `causer-gsid`,`post-thread-user`.`network` AS `parent-network`,`post-thread-user`.`owner-id` AS `parent-owner-id`,`post-thread-user`.`author-id` AS `parent-author-id` from (((((`post-user` left join `post-thread-user` on(`post-thread-user`.`uri-id` = `post-user`.`parent-uri-id` and `post-thread-user`.`uid` = `post-user`.`uid`)) straight_join `contact` on(`contact`.`id` = `post-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-user`.`causer-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-user-view`
--

/*!50001 DROP VIEW IF EXISTS `post-user-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-user-view` AS select `post-user`.`id` AS `id`,`post-user`.`id` AS `post-user-id`,`post-user`.`uid` AS `uid`,`post-thread-user`.`post-user-id` AS `parent`,`item-uri`.`uri` AS `uri`,`post-user`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post-user`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post-user`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread-user`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread-user`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post-user`.`wall` AS `wall`,`post-user`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post-user`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post-user`.`replies-id` AS `replies-id`,`post-user`.`created` AS `created`,`post-user`.`edited` AS `edited`,`post-thread-user`.`commented` AS `commented`,`post-user`.`received` AS `received`,`post-thread-user`.`changed` AS `changed`,`post-user`.`post-type` AS `post-type`,`post-user`.`post-reason` AS `post-reason`,`post-user`.`private` AS `private`,`post-thread-user`.`pubmail` AS `pubmail`,`post-user`.`visible` AS `visible`,`post-thread-user`.`starred` AS `starred`,`post-user`.`unseen` AS `unseen`,`post-user`.`deleted` AS `deleted`,`post-user`.`origin` AS `origin`,`post-thread-user`.`origin` AS `parent-origin`,`post-thread-user`.`mention` AS `mention`,`post-user`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post-user`.`uri-id` limit 1) AS `featured`,`post-user`.`network` AS `network`,`post-user`.`protocol` AS `protocol`,`post-user`.`vid` AS `vid`,`post-user`.`psid` AS `psid`,if(`post-user`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,ifnull(`post-content`.`body`,'') AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-user`.`restrictions` AS `restrictions`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post-user`.`contact-id` AS `contact-id`,`contact`.`uri-id` AS `contact-uri-id`,`contact`.`url` AS `contact-link`,`contact`.`addr` AS `contact-addr`,`contact`.`name` AS `contact-name`,`contact`.`nick` AS `contact-nick`,`contact`.`thumb` AS `contact-avatar`,`contact`.`network` AS `contact-network`,`contact`.`blocked` AS `contact-blocked`,`contact`.`hidden` AS `contact-hidden`,`contact`.`readonly` AS `contact-readonly`,`contact`.`archive` AS `contact-archive`,`contact`.`pending` AS `contact-pending`,`contact`.`rel` AS `contact-rel`,`contact`.`uid` AS `contact-uid`,`contact`.`contact-type` AS `contact-contact-type`,if(`post-user`.`network` in ('apub','dfrn','dspr','stat'),1,`contact`.`writable`) AS `writable`,`contact`.`self` AS `self`,`contact`.`id` AS `cid`,`contact`.`alias` AS `alias`,`contact`.`photo` AS `photo`,`contact`.`name-date` AS `name-date`,`contact`.`uri-date` AS `uri-date`,`contact`.`avatar-date` AS `avatar-date`,`contact`.`thumb` AS `thumb`,`post-user`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,if(`contact`.`url` = `author`.`url` and `contact`.`name` <> '',`contact`.`name`,`author`.`name`) AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,if(`contact`.`url` = `author`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`author`.`thumb`) AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`author`.`baseurl` AS `author-baseurl`,`post-user`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,if(`contact`.`url` = `owner`.`url` and `contact`.`name` <> '',`contact`.`name`,`owner`.`name`) AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,if(`contact`.`url` = `owner`.`url` and `contact`.`thumb` <> '',`contact`.`thumb`,`owner`.`thumb`) AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`gsid` AS `owner-gsid`,`owner`.`contact-type` AS `owner-contact-type`,`post-user`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`gsid` AS `causer-gsid`,`causer`.`contact-type` AS `causer-contact-type`,`post-delivery-data`.`postopts` AS `postopts`,`post-delivery-data`.`inform` AS `inform`,`post-delivery-data`.`queue_count` AS `delivery_queue_count`,`post-delivery-data`.`queue_done` AS `delivery_queue_done`,`post-delivery-data`.`queue_failed` AS `delivery_queue_failed`,if(`post-user`.`psid` is null,'',`permissionset`.`allow_cid`) AS `allow_cid`,if(`post-user`.`psid` is null,'',`permissionset`.`allow_gid`) AS `allow_gid`,if(`post-user`.`psid` is null,'',`permissionset`.`deny_cid`) AS `deny_cid`,if(`post-user`.`psid` is null,'',`permissionset`.`deny_gid`) AS `deny_gid`,`post-user`.`event-id` AS `event-id`,`event`.`created` AS `event-created`,`event`.`edited` AS `event-edited`,`event`.`start` AS `event-start`,`event`.`finish` AS `event-finish`,`event`.`summary` AS `event-summary`,`event`.`desc` AS `event-desc`,`event`.`location` AS `event-location`,`event`.`type` AS `event-type`,`event`.`nofinish` AS `event-nofinish`,`event`.`ignore` AS `event-ignore`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,exists(select `post-category`.`uri-id` from `post-category` where `post-category`.`uri-id` = `post-user`.`uri-id` and `post-category`.`uid` = `post-user`.`uid` limit 1) AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post-user`.`uri-id` limit 1) AS `has-media`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread-user`.`network` AS `parent-network`,`post-thread-user`.`owner-id` AS `parent-owner-id`,`post-thread-user`.`author-id` AS `parent-author-id`,`parent-post-author`.`url` AS `parent-author-link`,`parent-post-author`.`name` AS `parent-author-name`,`parent-post-author`.`nick` AS `parent-author-nick`,`parent-post-author`.`network` AS `parent-author-network` from (((((((((((((((((((((`post-user` join `post-thread-user` on(`post-thread-user`.`uri-id` = `post-user`.`parent-uri-id` and `post-thread-user`.`uid` = `post-user`.`uid`)) straight_join `contact` on(`contact`.`id` = `post-user`.`contact-id`)) straight_join `contact` `author` on(`author`.`id` = `post-user`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post-user`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post-user`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post-user`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post-user`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post-user`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread-user`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread-user`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post-user`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post-user`.`replies-id`)) left join `verb` on(`verb`.`id` = `post-user`.`vid`)) left join `event` on(`event`.`id` = `post-user`.`event-id`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post-user`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post-user`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-delivery-data` on(`post-delivery-data`.`uri-id` = `post-user`.`uri-id` and `post-user`.`origin` <> 0)) left join `post-question` on(`post-question`.`uri-id` = `post-user`.`uri-id`)) left join `permissionset` on(`permissionset`.`id` = `post-user`.`psid`)) left join `contact` `parent-post-author` on(`parent-post-author`.`id` = `post-thread-user`.`author-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `post-view`
--

/*!50001 DROP VIEW IF EXISTS `post-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `post-view` AS select `item-uri`.`uri` AS `uri`,`post`.`uri-id` AS `uri-id`,`parent-item-uri`.`uri` AS `parent-uri`,`post`.`parent-uri-id` AS `parent-uri-id`,`thr-parent-item-uri`.`uri` AS `thr-parent`,`post`.`thr-parent-id` AS `thr-parent-id`,`conversation-item-uri`.`uri` AS `conversation`,`post-thread`.`conversation-id` AS `conversation-id`,`context-item-uri`.`uri` AS `context`,`post-thread`.`context-id` AS `context-id`,`quote-item-uri`.`uri` AS `quote-uri`,`post-content`.`quote-uri-id` AS `quote-uri-id`,`item-uri`.`guid` AS `guid`,`post`.`gravity` AS `gravity`,`external-item-uri`.`uri` AS `extid`,`post`.`external-id` AS `external-id`,`replies-item-uri`.`uri` AS `replies`,`post`.`replies-id` AS `replies-id`,`post`.`created` AS `created`,`post`.`edited` AS `edited`,`post-thread`.`commented` AS `commented`,`post`.`received` AS `received`,`post-thread`.`changed` AS `changed`,`post`.`post-type` AS `post-type`,`post`.`private` AS `private`,`post`.`visible` AS `visible`,`post`.`deleted` AS `deleted`,`post`.`global` AS `global`,exists(select `post-collection`.`type` from `post-collection` where `post-collection`.`type` = 0 and `post-collection`.`uri-id` = `post`.`uri-id` limit 1) AS `featured`,`post`.`network` AS `network`,`post`.`vid` AS `vid`,if(`post`.`vid` is null,'',`verb`.`name`) AS `verb`,`post-content`.`title` AS `title`,`post-content`.`content-warning` AS `content-warning`,`post-content`.`raw-body` AS `raw-body`,`post-content`.`body` AS `body`,`post-content`.`rendered-hash` AS `rendered-hash`,`post-content`.`rendered-html` AS `rendered-html`,`post-content`.`language` AS `language`,`post-content`.`plink` AS `plink`,`post-content`.`location` AS `location`,`post-content`.`coord` AS `coord`,`post-content`.`sensitive` AS `sensitive`,`post-content`.`app` AS `app`,`post-content`.`object-type` AS `object-type`,`post-content`.`object` AS `object`,`post-content`.`target-type` AS `target-type`,`post-content`.`target` AS `target`,`post-content`.`resource-id` AS `resource-id`,`post`.`author-id` AS `contact-id`,`author`.`uri-id` AS `contact-uri-id`,`author`.`url` AS `contact-link`,`author`.`addr` AS `contact-addr`,`author`.`name` AS `contact-name`,`author`.`nick` AS `contact-nick`,`author`.`thumb` AS `contact-avatar`,`author`.`network` AS `contact-network`,`author`.`blocked` AS `contact-blocked`,`author`.`hidden` AS `contact-hidden`,`author`.`readonly` AS `contact-readonly`,`author`.`archive` AS `contact-archive`,`author`.`pending` AS `contact-pending`,`author`.`rel` AS `contact-rel`,`author`.`uid` AS `contact-uid`,`author`.`contact-type` AS `contact-contact-type`,if(`post`.`network` in ('apub','dfrn','dspr','stat'),1,`author`.`writable`) AS `writable`,0 AS `self`,`author`.`id` AS `cid`,`author`.`alias` AS `alias`,`author`.`photo` AS `photo`,`author`.`name-date` AS `name-date`,`author`.`uri-date` AS `uri-date`,`author`.`avatar-date` AS `avatar-date`,`author`.`thumb` AS `thumb`,`post`.`author-id` AS `author-id`,`author`.`uri-id` AS `author-uri-id`,`author`.`url` AS `author-link`,`author`.`addr` AS `author-addr`,`author`.`name` AS `author-name`,`author`.`nick` AS `author-nick`,`author`.`alias` AS `author-alias`,`author`.`thumb` AS `author-avatar`,`author`.`network` AS `author-network`,`author`.`blocked` AS `author-blocked`,`author`.`hidden` AS `author-hidden`,`author`.`updated` AS `author-updated`,`author`.`contact-type` AS `author-contact-type`,`author`.`gsid` AS `author-gsid`,`post`.`owner-id` AS `owner-id`,`owner`.`uri-id` AS `owner-uri-id`,`owner`.`url` AS `owner-link`,`owner`.`addr` AS `owner-addr`,`owner`.`name` AS `owner-name`,`owner`.`nick` AS `owner-nick`,`owner`.`alias` AS `owner-alias`,`owner`.`thumb` AS `owner-avatar`,`owner`.`network` AS `owner-network`,`owner`.`blocked` AS `owner-blocked`,`owner`.`hidden` AS `owner-hidden`,`owner`.`updated` AS `owner-updated`,`owner`.`contact-type` AS `owner-contact-type`,`owner`.`gsid` AS `owner-gsid`,`post`.`causer-id` AS `causer-id`,`causer`.`uri-id` AS `causer-uri-id`,`causer`.`url` AS `causer-link`,`causer`.`addr` AS `causer-addr`,`causer`.`name` AS `causer-name`,`causer`.`nick` AS `causer-nick`,`causer`.`alias` AS `causer-alias`,`causer`.`thumb` AS `causer-avatar`,`causer`.`network` AS `causer-network`,`causer`.`blocked` AS `causer-blocked`,`causer`.`hidden` AS `causer-hidden`,`causer`.`contact-type` AS `causer-contact-type`,`causer`.`gsid` AS `causer-gsid`,`post-question`.`id` AS `question-id`,`post-question`.`multiple` AS `question-multiple`,`post-question`.`voters` AS `question-voters`,`post-question`.`end-time` AS `question-end-time`,0 AS `has-categories`,exists(select `post-media`.`id` from `post-media` where `post-media`.`uri-id` = `post`.`uri-id` limit 1) AS `has-media`,`diaspora-interaction`.`interaction` AS `signed_text`,`parent-item-uri`.`guid` AS `parent-guid`,`post-thread`.`network` AS `parent-network`,`post-thread`.`owner-id` AS `parent-owner-id`,`post-thread`.`author-id` AS `parent-author-id`,`parent-post-author`.`url` AS `parent-author-link`,`parent-post-author`.`name` AS `parent-author-name`,`parent-post-author`.`nick` AS `parent-author-nick`,`parent-post-author`.`network` AS `parent-author-network` from (((((((((((((((((`post` straight_join `post-thread` on(`post-thread`.`uri-id` = `post`.`parent-uri-id`)) straight_join `contact` `author` on(`author`.`id` = `post`.`author-id`)) straight_join `contact` `owner` on(`owner`.`id` = `post`.`owner-id`)) left join `contact` `causer` on(`causer`.`id` = `post`.`causer-id`)) left join `item-uri` on(`item-uri`.`id` = `post`.`uri-id`)) left join `item-uri` `thr-parent-item-uri` on(`thr-parent-item-uri`.`id` = `post`.`thr-parent-id`)) left join `item-uri` `parent-item-uri` on(`parent-item-uri`.`id` = `post`.`parent-uri-id`)) left join `item-uri` `conversation-item-uri` on(`conversation-item-uri`.`id` = `post-thread`.`conversation-id`)) left join `item-uri` `context-item-uri` on(`context-item-uri`.`id` = `post-thread`.`context-id`)) left join `item-uri` `external-item-uri` on(`external-item-uri`.`id` = `post`.`external-id`)) left join `item-uri` `replies-item-uri` on(`replies-item-uri`.`id` = `post`.`replies-id`)) left join `verb` on(`verb`.`id` = `post`.`vid`)) left join `diaspora-interaction` on(`diaspora-interaction`.`uri-id` = `post`.`uri-id`)) left join `post-content` on(`post-content`.`uri-id` = `post`.`uri-id`)) left join `item-uri` `quote-item-uri` on(`quote-item-uri`.`id` = `post-content`.`quote-uri-id`)) left join `post-question` on(`post-question`.`uri-id` = `post`.`uri-id`)) left join `contact` `parent-post-author` on(`parent-post-author`.`id` = `post-thread`.`author-id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `profile_field-view`
--

/*!50001 DROP VIEW IF EXISTS `profile_field-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `profile_field-view` AS select `profile_field`.`id` AS `id`,`profile_field`.`uid` AS `uid`,`profile_field`.`label` AS `label`,`profile_field`.`value` AS `value`,`profile_field`.`order` AS `order`,`profile_field`.`psid` AS `psid`,`permissionset`.`allow_cid` AS `allow_cid`,`permissionset`.`allow_gid` AS `allow_gid`,`permissionset`.`deny_cid` AS `deny_cid`,`permissionset`.`deny_gid` AS `deny_gid`,`profile_field`.`created` AS `created`,`profile_field`.`edited` AS `edited` from (`profile_field` join `permissionset` on(`permissionset`.`id` = `profile_field`.`psid`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `tag-search-view`
--

/*!50001 DROP VIEW IF EXISTS `tag-search-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `tag-search-view` AS select `post-tag`.`uri-id` AS `uri-id`,`post-user`.`uid` AS `uid`,`post-user`.`id` AS `iid`,`post-user`.`private` AS `private`,`post-user`.`wall` AS `wall`,`post-user`.`origin` AS `origin`,`post-user`.`global` AS `global`,`post-user`.`gravity` AS `gravity`,`post-user`.`received` AS `received`,`post-user`.`network` AS `network`,`post-user`.`author-id` AS `author-id`,`tag`.`name` AS `name` from ((`post-tag` join `tag` on(`tag`.`id` = `post-tag`.`tid`)) straight_join `post-user` on(`post-user`.`uri-id` = `post-tag`.`uri-id`)) where `post-tag`.`type` = 1 */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `tag-view`
--

/*!50001 DROP VIEW IF EXISTS `tag-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `tag-view` AS select `post-tag`.`uri-id` AS `uri-id`,`post-tag`.`type` AS `type`,`post-tag`.`tid` AS `tid`,`post-tag`.`cid` AS `cid`,case `post-tag`.`cid` when 0 then `tag`.`name` else `contact`.`name` end AS `name`,case `post-tag`.`cid` when 0 then `tag`.`url` else `contact`.`url` end AS `url`,case `post-tag`.`cid` when 0 then `tag`.`type` else 1 end AS `tag-type` from ((`post-tag` left join `tag` on(`post-tag`.`tid` = `tag`.`id`)) left join `contact` on(`post-tag`.`cid` = `contact`.`id`)) */;
/*!50001 SET character_set_client      = @saved_cs_client */;
/*!50001 SET character_set_results     = @saved_cs_results */;
/*!50001 SET collation_connection      = @saved_col_connection */;

--
-- Final view structure for view `workerqueue-view`
--

/*!50001 DROP VIEW IF EXISTS `workerqueue-view`*/;
/*!50001 SET @saved_cs_client          = @@character_set_client */;
/*!50001 SET @saved_cs_results         = @@character_set_results */;
/*!50001 SET @saved_col_connection     = @@collation_connection */;
/*!50001 SET character_set_client      = utf8mb3 */;
/*!50001 SET character_set_results     = utf8mb3 */;
/*!50001 SET collation_connection      = utf8mb3_general_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `workerqueue-view` AS select `process`.`pid` AS `pid`,`workerqueue`.`priority` AS `priority` from (`process` join `workerqueue` on(`workerqueue`.`pid` = `process`.`pid`)) where `workerqueue`.`done` = 0 */;
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

-- Dump completed on 2026-12-05 22:08:45
