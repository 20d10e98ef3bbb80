/*M!999999\- enable the sandbox mode */ 
-- Schema of ZoneMinder 1.36.33 (Debian package zoneminder 1.36.33+dfsg1-1, usr/share/zoneminder/db/zm_create.sql and triggers.sql), GNU GPL v2 or later (its debian/copyright); see ../README.md for the source file.
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: zoneminder
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
-- Table structure for table `Config`
--

DROP TABLE IF EXISTS `Config`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Config` (
  `Id` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Name` varchar(32) NOT NULL DEFAULT '',
  `Value` text NOT NULL,
  `Type` tinytext NOT NULL,
  `DefaultValue` text DEFAULT NULL,
  `Hint` tinytext DEFAULT NULL,
  `Pattern` tinytext DEFAULT NULL,
  `Format` tinytext DEFAULT NULL,
  `Prompt` tinytext DEFAULT NULL,
  `Help` text DEFAULT NULL,
  `Category` varchar(32) NOT NULL DEFAULT '',
  `Readonly` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Private` tinyint(1) NOT NULL DEFAULT 0,
  `System` tinyint(1) NOT NULL DEFAULT 0,
  `Requires` text DEFAULT NULL,
  PRIMARY KEY (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ControlPresets`
--

DROP TABLE IF EXISTS `ControlPresets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ControlPresets` (
  `MonitorId` int(10) unsigned NOT NULL DEFAULT 0,
  `Preset` int(10) unsigned NOT NULL DEFAULT 0,
  `Label` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`MonitorId`,`Preset`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Controls`
--

DROP TABLE IF EXISTS `Controls`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Controls` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Type` enum('Local','Remote','File','Ffmpeg','Libvlc','cURL','WebSite','NVSocket','VNC') NOT NULL DEFAULT 'Local',
  `Protocol` varchar(64) DEFAULT NULL,
  `CanWake` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanSleep` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanReset` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanReboot` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanZoom` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanAutoZoom` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanZoomAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanZoomRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanZoomCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinZoomRange` int(10) unsigned DEFAULT NULL,
  `MaxZoomRange` int(10) unsigned DEFAULT NULL,
  `MinZoomStep` int(10) unsigned DEFAULT NULL,
  `MaxZoomStep` int(10) unsigned DEFAULT NULL,
  `HasZoomSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinZoomSpeed` int(10) unsigned DEFAULT NULL,
  `MaxZoomSpeed` int(10) unsigned DEFAULT NULL,
  `CanFocus` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanAutoFocus` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanFocusAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanFocusRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanFocusCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinFocusRange` int(10) unsigned DEFAULT NULL,
  `MaxFocusRange` int(10) unsigned DEFAULT NULL,
  `MinFocusStep` int(10) unsigned DEFAULT NULL,
  `MaxFocusStep` int(10) unsigned DEFAULT NULL,
  `HasFocusSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinFocusSpeed` int(10) unsigned DEFAULT NULL,
  `MaxFocusSpeed` int(10) unsigned DEFAULT NULL,
  `CanIris` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanAutoIris` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanIrisAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanIrisRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanIrisCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinIrisRange` int(10) unsigned DEFAULT NULL,
  `MaxIrisRange` int(10) unsigned DEFAULT NULL,
  `MinIrisStep` int(10) unsigned DEFAULT NULL,
  `MaxIrisStep` int(10) unsigned DEFAULT NULL,
  `HasIrisSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinIrisSpeed` int(10) unsigned DEFAULT NULL,
  `MaxIrisSpeed` int(10) unsigned DEFAULT NULL,
  `CanGain` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanAutoGain` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanGainAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanGainRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanGainCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinGainRange` int(10) unsigned DEFAULT NULL,
  `MaxGainRange` int(10) unsigned DEFAULT NULL,
  `MinGainStep` int(10) unsigned DEFAULT NULL,
  `MaxGainStep` int(10) unsigned DEFAULT NULL,
  `HasGainSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinGainSpeed` int(10) unsigned DEFAULT NULL,
  `MaxGainSpeed` int(10) unsigned DEFAULT NULL,
  `CanWhite` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanAutoWhite` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanWhiteAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanWhiteRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanWhiteCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinWhiteRange` int(10) unsigned DEFAULT NULL,
  `MaxWhiteRange` int(10) unsigned DEFAULT NULL,
  `MinWhiteStep` int(10) unsigned DEFAULT NULL,
  `MaxWhiteStep` int(10) unsigned DEFAULT NULL,
  `HasWhiteSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinWhiteSpeed` int(10) unsigned DEFAULT NULL,
  `MaxWhiteSpeed` int(10) unsigned DEFAULT NULL,
  `HasPresets` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `NumPresets` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `HasHomePreset` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanSetPresets` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMove` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMoveDiag` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMoveMap` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMoveAbs` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMoveRel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanMoveCon` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `CanPan` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinPanRange` int(10) DEFAULT NULL,
  `MaxPanRange` int(10) DEFAULT NULL,
  `MinPanStep` int(10) DEFAULT NULL,
  `MaxPanStep` int(10) DEFAULT NULL,
  `HasPanSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinPanSpeed` int(10) DEFAULT NULL,
  `MaxPanSpeed` int(10) DEFAULT NULL,
  `HasTurboPan` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `TurboPanSpeed` int(10) DEFAULT NULL,
  `CanTilt` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinTiltRange` int(10) DEFAULT NULL,
  `MaxTiltRange` int(10) DEFAULT NULL,
  `MinTiltStep` int(10) DEFAULT NULL,
  `MaxTiltStep` int(10) DEFAULT NULL,
  `HasTiltSpeed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `MinTiltSpeed` int(10) DEFAULT NULL,
  `MaxTiltSpeed` int(10) DEFAULT NULL,
  `HasTurboTilt` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `TurboTiltSpeed` int(10) DEFAULT NULL,
  `CanAutoScan` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `NumScanPaths` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Devices`
--

DROP TABLE IF EXISTS `Devices`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Devices` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` tinytext NOT NULL,
  `Type` enum('X10') NOT NULL DEFAULT 'X10',
  `KeyString` varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Event_Summaries`
--

DROP TABLE IF EXISTS `Event_Summaries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Event_Summaries` (
  `MonitorId` int(10) unsigned NOT NULL,
  `TotalEvents` int(10) DEFAULT NULL,
  `TotalEventDiskSpace` bigint(20) DEFAULT NULL,
  `HourEvents` int(10) DEFAULT NULL,
  `HourEventDiskSpace` bigint(20) DEFAULT NULL,
  `DayEvents` int(10) DEFAULT NULL,
  `DayEventDiskSpace` bigint(20) DEFAULT NULL,
  `WeekEvents` int(10) DEFAULT NULL,
  `WeekEventDiskSpace` bigint(20) DEFAULT NULL,
  `MonthEvents` int(10) DEFAULT NULL,
  `MonthEventDiskSpace` bigint(20) DEFAULT NULL,
  `ArchivedEvents` int(10) DEFAULT NULL,
  `ArchivedEventDiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`MonitorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Events`
--

DROP TABLE IF EXISTS `Events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events` (
  `Id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `MonitorId` int(10) unsigned NOT NULL DEFAULT 0,
  `StorageId` smallint(5) unsigned DEFAULT 0,
  `SecondaryStorageId` smallint(5) unsigned DEFAULT 0,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Cause` varchar(32) NOT NULL DEFAULT '',
  `StartDateTime` datetime DEFAULT NULL,
  `EndDateTime` datetime DEFAULT NULL,
  `Width` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Height` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Length` decimal(10,2) NOT NULL DEFAULT 0.00,
  `Frames` int(10) unsigned DEFAULT NULL,
  `AlarmFrames` int(10) unsigned DEFAULT NULL,
  `DefaultVideo` varchar(64) NOT NULL DEFAULT '',
  `SaveJPEGs` tinyint(4) DEFAULT NULL,
  `TotScore` int(10) unsigned NOT NULL DEFAULT 0,
  `AvgScore` smallint(5) unsigned DEFAULT 0,
  `MaxScore` smallint(5) unsigned DEFAULT 0,
  `Archived` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Videoed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Uploaded` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Emailed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Messaged` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Executed` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Notes` text DEFAULT NULL,
  `StateId` int(10) unsigned NOT NULL,
  `Orientation` enum('ROTATE_0','ROTATE_90','ROTATE_180','ROTATE_270','FLIP_HORI','FLIP_VERT') NOT NULL DEFAULT 'ROTATE_0',
  `DiskSpace` bigint(20) unsigned DEFAULT NULL,
  `Scheme` enum('Deep','Medium','Shallow') NOT NULL DEFAULT 'Medium',
  `Locked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `Events_MonitorId_idx` (`MonitorId`),
  KEY `Events_StorageId_idx` (`StorageId`),
  KEY `Events_StartDateTime_idx` (`StartDateTime`),
  KEY `Events_EndDateTime_DiskSpace` (`EndDateTime`,`DiskSpace`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER event_insert_trigger AFTER INSERT ON Events
FOR EACH ROW
  BEGIN

  INSERT INTO Events_Hour (EventId,MonitorId,StartDateTime,DiskSpace) VALUES (NEW.Id,NEW.MonitorId,NEW.StartDateTime,0);
  INSERT INTO Events_Day (EventId,MonitorId,StartDateTime,DiskSpace) VALUES (NEW.Id,NEW.MonitorId,NEW.StartDateTime,0);
  INSERT INTO Events_Week (EventId,MonitorId,StartDateTime,DiskSpace) VALUES (NEW.Id,NEW.MonitorId,NEW.StartDateTime,0);
  INSERT INTO Events_Month (EventId,MonitorId,StartDateTime,DiskSpace) VALUES (NEW.Id,NEW.MonitorId,NEW.StartDateTime,0);
  INSERT INTO Event_Summaries (MonitorId,HourEvents,DayEvents,WeekEvents,MonthEvents,TotalEvents) VALUES (NEW.MonitorId,1,1,1,1,1) ON DUPLICATE KEY
  UPDATE 
  HourEvents = COALESCE(HourEvents,0)+1,
  DayEvents = COALESCE(DayEvents,0)+1,
  WeekEvents = COALESCE(WeekEvents,0)+1,
  MonthEvents = COALESCE(MonthEvents,0)+1,
  TotalEvents = COALESCE(TotalEvents,0)+1;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER event_update_trigger AFTER UPDATE ON Events 
FOR EACH ROW
BEGIN
  declare diff BIGINT default 0;

  set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
  IF ( NEW.StorageId = OLD.StorageID ) THEN
    IF ( diff ) THEN
      UPDATE Storage SET DiskSpace = GREATEST(COALESCE(DiskSpace,0) + diff,0) WHERE Storage.Id = OLD.StorageId;
    END IF;
  ELSE
    IF ( NEW.DiskSpace ) THEN
      UPDATE Storage SET DiskSpace = COALESCE(DiskSpace,0) + NEW.DiskSpace WHERE Storage.Id = NEW.StorageId;
    END IF;
    IF ( OLD.DiskSpace ) THEN
      UPDATE Storage SET DiskSpace = GREATEST(COALESCE(DiskSpace,0) - OLD.DiskSpace,0) WHERE Storage.Id = OLD.StorageId;
    END IF;
  END IF;

  UPDATE Events_Hour SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
  UPDATE Events_Day SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
  UPDATE Events_Week SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
  UPDATE Events_Month SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;

  IF ( NEW.Archived != OLD.Archived ) THEN
    IF ( NEW.Archived ) THEN
      INSERT INTO Events_Archived (EventId,MonitorId,DiskSpace) VALUES (NEW.Id,NEW.MonitorId,NEW.DiskSpace);
      INSERT INTO Event_Summaries (MonitorId,ArchivedEvents,ArchivedEventDiskSpace) VALUES (NEW.MonitorId,1,NEW.DiskSpace) ON DUPLICATE KEY
        UPDATE ArchivedEvents = COALESCE(ArchivedEvents,0)+1, ArchivedEventDiskSpace = COALESCE(ArchivedEventDiskSpace,0) + COALESCE(NEW.DiskSpace,0);
    ELSEIF ( OLD.Archived ) THEN
      DELETE FROM Events_Archived WHERE EventId=OLD.Id;
      UPDATE Event_Summaries
        SET
          ArchivedEvents = GREATEST(COALESCE(ArchivedEvents,0)-1,0),
          ArchivedEventDiskSpace = GREATEST(COALESCE(ArchivedEventDiskSpace,0) - COALESCE(OLD.DiskSpace,0),0)
        WHERE Event_Summaries.MonitorId=OLD.MonitorId;
    ELSE
      IF ( OLD.DiskSpace != NEW.DiskSpace ) THEN
        UPDATE Events_Archived SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
        UPDATE Event_Summaries SET
          ArchivedEventDiskSpace = GREATEST(COALESCE(ArchivedEventDiskSpace,0) - COALESCE(OLD.DiskSpace,0) + COALESCE(NEW.DiskSpace,0),0)
          WHERE Event_Summaries.MonitorId=OLD.MonitorId;
      END IF;
    END IF;
  ELSEIF ( NEW.Archived AND diff ) THEN
    UPDATE Events_Archived SET DiskSpace=NEW.DiskSpace WHERE EventId=NEW.Id;
  END IF;

  IF ( diff ) THEN
    UPDATE Event_Summaries
      SET
        TotalEventDiskSpace = GREATEST(COALESCE(TotalEventDiskSpace,0) - COALESCE(OLD.DiskSpace,0) + COALESCE(NEW.DiskSpace,0),0)
      WHERE Event_Summaries.MonitorId=OLD.MonitorId;
  END IF;

END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER event_delete_trigger BEFORE DELETE ON Events
FOR EACH ROW
BEGIN
  IF ( OLD.DiskSpace ) THEN
    UPDATE Storage SET DiskSpace = GREATEST(COALESCE(DiskSpace,0) - COALESCE(OLD.DiskSpace,0),0) WHERE Storage.Id = OLD.StorageId;
  END IF;
  DELETE FROM Events_Hour WHERE EventId=OLD.Id;
  DELETE FROM Events_Day WHERE EventId=OLD.Id;
  DELETE FROM Events_Week WHERE EventId=OLD.Id;
  DELETE FROM Events_Month WHERE EventId=OLD.Id;
  IF ( OLD.Archived ) THEN
    DELETE FROM Events_Archived WHERE EventId=OLD.Id;
    UPDATE Event_Summaries SET
      ArchivedEvents = GREATEST(COALESCE(ArchivedEvents,1) - 1,0),
      ArchivedEventDiskSpace = GREATEST(COALESCE(ArchivedEventDiskSpace,0) - COALESCE(OLD.DiskSpace,0),0),
      TotalEvents = GREATEST(COALESCE(TotalEvents,1) - 1,0),
      TotalEventDiskSpace = GREATEST(COALESCE(TotalEventDiskSpace,0) - COALESCE(OLD.DiskSpace,0),0)
      WHERE Event_Summaries.MonitorId=OLD.MonitorId;
  ELSE
    UPDATE Event_Summaries SET
    TotalEvents = GREATEST(COALESCE(TotalEvents,1)-1,0),
    TotalEventDiskSpace=GREATEST(COALESCE(TotalEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
    WHERE Event_Summaries.MonitorId=OLD.MonitorId;
  END IF;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `Events_Archived`
--

DROP TABLE IF EXISTS `Events_Archived`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events_Archived` (
  `EventId` bigint(20) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Archived_MonitorId_idx` (`MonitorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Events_Day`
--

DROP TABLE IF EXISTS `Events_Day`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events_Day` (
  `EventId` bigint(20) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `StartDateTime` datetime DEFAULT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Day_MonitorId_idx` (`MonitorId`),
  KEY `Events_Day_StartDateTime_idx` (`StartDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Day_update_trigger AFTER UPDATE ON Events_Day
FOR EACH ROW
  BEGIN
    declare diff BIGINT default 0;

    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
    IF ( diff ) THEN
      IF ( NEW.MonitorID != OLD.MonitorID ) THEN
        UPDATE Event_Summaries SET DayEventDiskSpace=GREATEST(COALESCE(DayEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0) WHERE Event_Summaries.MonitorId=OLD.MonitorId;
        UPDATE Event_Summaries SET DayEventDiskSpace=COALESCE(DayEventDiskSpace,0)+COALESCE(NEW.DiskSpace,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      ELSE
        UPDATE Event_Summaries SET DayEventDiskSpace=GREATEST(COALESCE(DayEventDiskSpace,0)+diff,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      END IF;
    END IF;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Day_delete_trigger BEFORE DELETE ON Events_Day
FOR EACH ROW BEGIN
  UPDATE Event_Summaries SET
  DayEvents = GREATEST(COALESCE(DayEvents,1)-1,0),
  DayEventDiskSpace=GREATEST(COALESCE(DayEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
  WHERE Event_Summaries.MonitorId=OLD.MonitorId;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `Events_Hour`
--

DROP TABLE IF EXISTS `Events_Hour`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events_Hour` (
  `EventId` bigint(20) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `StartDateTime` datetime DEFAULT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Hour_MonitorId_idx` (`MonitorId`),
  KEY `Events_Hour_StartDateTime_idx` (`StartDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Hour_update_trigger AFTER UPDATE ON Events_Hour
FOR EACH ROW
  BEGIN
    declare diff BIGINT default 0;

    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
    IF ( diff ) THEN
      IF ( NEW.MonitorID != OLD.MonitorID ) THEN
        UPDATE Event_Summaries SET HourEventDiskSpace=GREATEST(COALESCE(HourEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0) WHERE Event_Summaries.MonitorId=OLD.MonitorId;
        UPDATE Event_Summaries SET HourEventDiskSpace=COALESCE(HourEventDiskSpace,0)+COALESCE(NEW.DiskSpace,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      ELSE
        UPDATE Event_Summaries SET HourEventDiskSpace=COALESCE(HourEventDiskSpace,0)+diff WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      END IF;
    END IF;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Hour_delete_trigger BEFORE DELETE ON Events_Hour
FOR EACH ROW BEGIN
  UPDATE Event_Summaries SET
  HourEvents = GREATEST(COALESCE(HourEvents,1)-1,0),
  HourEventDiskSpace=GREATEST(COALESCE(HourEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
  WHERE Event_Summaries.MonitorId=OLD.MonitorId;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `Events_Month`
--

DROP TABLE IF EXISTS `Events_Month`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events_Month` (
  `EventId` bigint(20) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `StartDateTime` datetime DEFAULT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Month_MonitorId_idx` (`MonitorId`),
  KEY `Events_Month_StartDateTime_idx` (`StartDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Month_update_trigger AFTER UPDATE ON Events_Month
FOR EACH ROW
  BEGIN
    declare diff BIGINT default 0;

    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
    IF ( diff ) THEN
      IF ( NEW.MonitorID != OLD.MonitorID ) THEN
        UPDATE Event_Summaries SET MonthEventDiskSpace=GREATEST(COALESCE(MonthEventDiskSpace,0)-COALESCE(OLD.DiskSpace),0) WHERE Event_Summaries.MonitorId=OLD.MonitorId;
        UPDATE Event_Summaries SET MonthEventDiskSpace=COALESCE(MonthEventDiskSpace,0)+COALESCE(NEW.DiskSpace) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      ELSE
        UPDATE Event_Summaries SET MonthEventDiskSpace=GREATEST(COALESCE(MonthEventDiskSpace,0)+diff,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      END IF;
    END IF;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Month_delete_trigger BEFORE DELETE ON Events_Month
FOR EACH ROW BEGIN
  UPDATE Event_Summaries SET
  MonthEvents = GREATEST(COALESCE(MonthEvents,1)-1,0),
  MonthEventDiskSpace=GREATEST(COALESCE(MonthEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
  WHERE Event_Summaries.MonitorId=OLD.MonitorId;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `Events_Week`
--

DROP TABLE IF EXISTS `Events_Week`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Events_Week` (
  `EventId` bigint(20) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `StartDateTime` datetime DEFAULT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Week_MonitorId_idx` (`MonitorId`),
  KEY `Events_Week_StartDateTime_idx` (`StartDateTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Week_update_trigger AFTER UPDATE ON Events_Week
FOR EACH ROW
  BEGIN
    declare diff BIGINT default 0;

    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);
    IF ( diff ) THEN
      IF ( NEW.MonitorID != OLD.MonitorID ) THEN
        UPDATE Event_Summaries SET WeekEventDiskSpace=GREATEST(COALESCE(WeekEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0) WHERE Event_Summaries.MonitorId=OLD.MonitorId;
        UPDATE Event_Summaries SET WeekEventDiskSpace=COALESCE(WeekEventDiskSpace,0)+COALESCE(NEW.DiskSpace,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      ELSE
        UPDATE Event_Summaries SET WeekEventDiskSpace=GREATEST(COALESCE(WeekEventDiskSpace,0)+diff,0) WHERE Event_Summaries.MonitorId=NEW.MonitorId;
      END IF;
    END IF;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Events_Week_delete_trigger BEFORE DELETE ON Events_Week
FOR EACH ROW BEGIN
  UPDATE Event_Summaries SET
  WeekEvents = GREATEST(COALESCE(WeekEvents,1)-1,0),
  WeekEventDiskSpace=GREATEST(COALESCE(WeekEventDiskSpace,0)-COALESCE(OLD.DiskSpace,0),0)
  WHERE Event_Summaries.MonitorId=OLD.MonitorId;
END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Table structure for table `Filters`
--

DROP TABLE IF EXISTS `Filters`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Filters` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `UserId` int(10) unsigned DEFAULT NULL,
  `Query_json` text NOT NULL,
  `AutoArchive` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoUnarchive` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoVideo` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoUpload` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoEmail` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `EmailTo` text DEFAULT NULL,
  `EmailSubject` text DEFAULT NULL,
  `EmailBody` text DEFAULT NULL,
  `AutoMessage` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoExecute` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoExecuteCmd` tinytext DEFAULT NULL,
  `AutoDelete` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoMove` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoMoveTo` smallint(5) unsigned NOT NULL DEFAULT 0,
  `AutoCopy` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AutoCopyTo` smallint(5) unsigned NOT NULL DEFAULT 0,
  `UpdateDiskSpace` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Background` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `Concurrent` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `LockRows` tinyint(1) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `Name` (`Name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Frames`
--

DROP TABLE IF EXISTS `Frames`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Frames` (
  `Id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `EventId` bigint(20) unsigned NOT NULL DEFAULT 0,
  `FrameId` int(10) unsigned NOT NULL DEFAULT 0,
  `Type` enum('Normal','Bulk','Alarm') NOT NULL DEFAULT 'Normal',
  `TimeStamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `Delta` decimal(8,2) NOT NULL DEFAULT 0.00,
  `Score` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `EventId_idx` (`EventId`),
  KEY `Type` (`Type`),
  KEY `TimeStamp` (`TimeStamp`),
  CONSTRAINT `Frames_ibfk_1` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Groups`
--

DROP TABLE IF EXISTS `Groups`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Groups` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `ParentId` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `ParentId` (`ParentId`),
  CONSTRAINT `Groups_ibfk_1` FOREIGN KEY (`ParentId`) REFERENCES `Groups` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Groups_Monitors`
--

DROP TABLE IF EXISTS `Groups_Monitors`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Groups_Monitors` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `GroupId` int(10) unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `Groups_Monitors_GroupId_idx` (`GroupId`),
  KEY `Groups_Monitors_MonitorId_idx` (`MonitorId`),
  CONSTRAINT `Groups_Monitors_ibfk_1` FOREIGN KEY (`GroupId`) REFERENCES `Groups` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `Groups_Monitors_ibfk_2` FOREIGN KEY (`MonitorId`) REFERENCES `Monitors` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Logs`
--

DROP TABLE IF EXISTS `Logs`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Logs` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `TimeKey` decimal(16,6) NOT NULL,
  `Component` varchar(32) NOT NULL,
  `ServerId` int(10) unsigned DEFAULT NULL,
  `Pid` int(10) DEFAULT NULL,
  `Level` tinyint(3) NOT NULL,
  `Code` char(3) NOT NULL,
  `Message` text NOT NULL,
  `File` varchar(255) DEFAULT NULL,
  `Line` smallint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (`Id`),
  KEY `TimeKey` (`TimeKey`),
  KEY `Logs_TimeKey_idx` (`TimeKey`),
  KEY `Logs_Level_idx` (`Level`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Manufacturers`
--

DROP TABLE IF EXISTS `Manufacturers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Manufacturers` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Maps`
--

DROP TABLE IF EXISTS `Maps`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Maps` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL,
  `Filename` varchar(64) NOT NULL DEFAULT '',
  `NumCoords` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Coords` tinytext NOT NULL,
  `ParentId` int(1) unsigned DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Models`
--

DROP TABLE IF EXISTS `Models`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Models` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL,
  `ManufacturerId` int(10) DEFAULT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `ManufacturerId` (`ManufacturerId`,`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `MonitorPresets`
--

DROP TABLE IF EXISTS `MonitorPresets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `MonitorPresets` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Type` enum('Local','Remote','File','Ffmpeg','Libvlc','cURL','WebSite','NVSocket','VNC') NOT NULL DEFAULT 'Local',
  `Device` tinytext DEFAULT NULL,
  `Channel` tinyint(3) unsigned DEFAULT NULL,
  `Format` int(10) unsigned DEFAULT NULL,
  `Protocol` varchar(16) DEFAULT NULL,
  `Method` varchar(16) DEFAULT NULL,
  `Host` varchar(64) DEFAULT NULL,
  `Port` varchar(8) DEFAULT NULL,
  `Path` varchar(255) DEFAULT NULL,
  `SubPath` varchar(64) DEFAULT NULL,
  `Width` smallint(5) unsigned DEFAULT NULL,
  `Height` smallint(5) unsigned DEFAULT NULL,
  `Palette` int(10) unsigned DEFAULT NULL,
  `MaxFPS` decimal(5,3) DEFAULT NULL,
  `Controllable` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `ControlId` varchar(16) DEFAULT NULL,
  `ControlDevice` varchar(255) DEFAULT NULL,
  `ControlAddress` varchar(255) DEFAULT NULL,
  `DefaultRate` smallint(5) unsigned NOT NULL DEFAULT 100,
  `DefaultScale` smallint(5) unsigned NOT NULL DEFAULT 100,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB AUTO_INCREMENT=76 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Monitor_Status`
--

DROP TABLE IF EXISTS `Monitor_Status`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Monitor_Status` (
  `MonitorId` int(10) unsigned NOT NULL,
  `Status` enum('Unknown','NotRunning','Running','Connected','Signal') NOT NULL DEFAULT 'Unknown',
  `CaptureFPS` decimal(10,2) NOT NULL DEFAULT 0.00,
  `AnalysisFPS` decimal(5,2) NOT NULL DEFAULT 0.00,
  `CaptureBandwidth` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`MonitorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Monitors`
--

DROP TABLE IF EXISTS `Monitors`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Monitors` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Notes` text DEFAULT NULL,
  `ServerId` int(10) unsigned DEFAULT NULL,
  `StorageId` smallint(5) unsigned DEFAULT 0,
  `Type` enum('Local','Remote','File','Ffmpeg','Libvlc','cURL','WebSite','NVSocket','VNC') NOT NULL DEFAULT 'Local',
  `Function` enum('None','Monitor','Modect','Record','Mocord','Nodect') NOT NULL DEFAULT 'Monitor',
  `Enabled` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `DecodingEnabled` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `LinkedMonitors` varchar(255) DEFAULT NULL,
  `Triggers` set('X10') NOT NULL DEFAULT '',
  `ONVIF_URL` varchar(255) NOT NULL DEFAULT '',
  `ONVIF_Username` varchar(64) NOT NULL DEFAULT '',
  `ONVIF_Password` varchar(64) NOT NULL DEFAULT '',
  `ONVIF_Options` varchar(64) NOT NULL DEFAULT '',
  `Device` tinytext NOT NULL DEFAULT '',
  `Channel` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Format` int(10) unsigned NOT NULL DEFAULT 0,
  `V4LMultiBuffer` tinyint(1) unsigned DEFAULT NULL,
  `V4LCapturesPerFrame` tinyint(3) unsigned DEFAULT NULL,
  `Protocol` varchar(16) DEFAULT NULL,
  `Method` varchar(16) DEFAULT '',
  `Host` varchar(64) DEFAULT NULL,
  `Port` varchar(8) NOT NULL DEFAULT '',
  `SubPath` varchar(64) NOT NULL DEFAULT '',
  `Path` varchar(255) DEFAULT NULL,
  `SecondPath` varchar(255) DEFAULT NULL,
  `Options` varchar(255) DEFAULT NULL,
  `User` varchar(64) DEFAULT NULL,
  `Pass` varchar(64) DEFAULT NULL,
  `Width` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Height` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Colours` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `Palette` int(10) unsigned NOT NULL DEFAULT 0,
  `Orientation` enum('ROTATE_0','ROTATE_90','ROTATE_180','ROTATE_270','FLIP_HORI','FLIP_VERT') NOT NULL DEFAULT 'ROTATE_0',
  `Deinterlacing` int(10) unsigned NOT NULL DEFAULT 0,
  `DecoderHWAccelName` varchar(64) DEFAULT NULL,
  `DecoderHWAccelDevice` varchar(255) DEFAULT NULL,
  `SaveJPEGs` tinyint(4) NOT NULL DEFAULT 3,
  `VideoWriter` tinyint(4) NOT NULL DEFAULT 0,
  `OutputCodec` int(10) unsigned NOT NULL DEFAULT 0,
  `Encoder` varchar(32) DEFAULT NULL,
  `OutputContainer` enum('auto','mp4','mkv') DEFAULT NULL,
  `EncoderParameters` text DEFAULT NULL,
  `RecordAudio` tinyint(4) NOT NULL DEFAULT 0,
  `RTSPDescribe` tinyint(1) unsigned DEFAULT NULL,
  `Brightness` mediumint(7) NOT NULL DEFAULT -1,
  `Contrast` mediumint(7) NOT NULL DEFAULT -1,
  `Hue` mediumint(7) NOT NULL DEFAULT -1,
  `Colour` mediumint(7) NOT NULL DEFAULT -1,
  `EventPrefix` varchar(32) NOT NULL DEFAULT 'Event-',
  `LabelFormat` varchar(64) DEFAULT NULL,
  `LabelX` smallint(5) unsigned NOT NULL DEFAULT 0,
  `LabelY` smallint(5) unsigned NOT NULL DEFAULT 0,
  `LabelSize` smallint(5) unsigned NOT NULL DEFAULT 1,
  `ImageBufferCount` smallint(5) unsigned NOT NULL DEFAULT 3,
  `MaxImageBufferCount` smallint(5) unsigned NOT NULL DEFAULT 0,
  `WarmupCount` smallint(5) unsigned NOT NULL DEFAULT 0,
  `PreEventCount` smallint(5) unsigned NOT NULL DEFAULT 10,
  `PostEventCount` smallint(5) unsigned NOT NULL DEFAULT 10,
  `StreamReplayBuffer` int(10) unsigned NOT NULL DEFAULT 0,
  `AlarmFrameCount` smallint(5) unsigned NOT NULL DEFAULT 1,
  `SectionLength` int(10) unsigned NOT NULL DEFAULT 600,
  `MinSectionLength` int(10) unsigned NOT NULL DEFAULT 10,
  `FrameSkip` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MotionFrameSkip` smallint(5) unsigned NOT NULL DEFAULT 0,
  `AnalysisFPSLimit` decimal(5,2) DEFAULT NULL,
  `AnalysisUpdateDelay` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MaxFPS` decimal(5,2) DEFAULT NULL,
  `AlarmMaxFPS` decimal(5,2) DEFAULT NULL,
  `FPSReportInterval` smallint(5) unsigned NOT NULL DEFAULT 250,
  `RefBlendPerc` tinyint(3) unsigned NOT NULL DEFAULT 6,
  `AlarmRefBlendPerc` tinyint(3) unsigned NOT NULL DEFAULT 6,
  `Controllable` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `ControlId` int(10) unsigned DEFAULT NULL,
  `ControlDevice` varchar(255) DEFAULT NULL,
  `ControlAddress` varchar(255) DEFAULT NULL,
  `AutoStopTimeout` decimal(5,2) DEFAULT NULL,
  `TrackMotion` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `TrackDelay` smallint(5) unsigned DEFAULT NULL,
  `ReturnLocation` tinyint(3) NOT NULL DEFAULT -1,
  `ReturnDelay` smallint(5) unsigned DEFAULT NULL,
  `ModectDuringPTZ` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `DefaultRate` smallint(5) unsigned NOT NULL DEFAULT 100,
  `DefaultScale` smallint(5) unsigned NOT NULL DEFAULT 100,
  `DefaultCodec` enum('auto','MP4','MJPEG') NOT NULL DEFAULT 'auto',
  `SignalCheckPoints` int(10) unsigned NOT NULL DEFAULT 0,
  `SignalCheckColour` varchar(32) NOT NULL DEFAULT '#0000BE',
  `WebColour` varchar(32) NOT NULL DEFAULT 'red',
  `Exif` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `Sequence` smallint(5) unsigned DEFAULT NULL,
  `ZoneCount` tinyint(4) NOT NULL DEFAULT 0,
  `Refresh` int(10) unsigned DEFAULT NULL,
  `Latitude` decimal(10,8) DEFAULT NULL,
  `Longitude` decimal(11,8) DEFAULT NULL,
  `RTSPServer` tinyint(1) NOT NULL DEFAULT 0,
  `RTSPStreamName` varchar(255) NOT NULL DEFAULT '',
  `Importance` enum('Normal','Less','Not') NOT NULL DEFAULT 'Normal',
  PRIMARY KEY (`Id`),
  KEY `Monitors_ServerId_idx` (`ServerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `MontageLayouts`
--

DROP TABLE IF EXISTS `MontageLayouts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `MontageLayouts` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` text NOT NULL,
  `Positions` longtext DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Servers`
--

DROP TABLE IF EXISTS `Servers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Servers` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Protocol` text DEFAULT NULL,
  `Hostname` text DEFAULT NULL,
  `Port` int(10) unsigned DEFAULT NULL,
  `PathToIndex` text DEFAULT NULL,
  `PathToZMS` text DEFAULT NULL,
  `PathToApi` text DEFAULT NULL,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `State_Id` int(10) unsigned DEFAULT NULL,
  `Status` enum('Unknown','NotRunning','Running') NOT NULL DEFAULT 'Unknown',
  `CpuLoad` decimal(5,1) DEFAULT NULL,
  `TotalMem` bigint(20) unsigned DEFAULT NULL,
  `FreeMem` bigint(20) unsigned DEFAULT NULL,
  `TotalSwap` bigint(20) unsigned DEFAULT NULL,
  `FreeSwap` bigint(20) unsigned DEFAULT NULL,
  `zmstats` tinyint(1) NOT NULL DEFAULT 0,
  `zmaudit` tinyint(1) NOT NULL DEFAULT 0,
  `zmtrigger` tinyint(1) NOT NULL DEFAULT 0,
  `zmeventnotification` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `Servers_Name_idx` (`Name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Sessions`
--

DROP TABLE IF EXISTS `Sessions`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Sessions` (
  `id` char(32) NOT NULL,
  `access` int(10) unsigned DEFAULT NULL,
  `data` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Snapshot_Events`
--

DROP TABLE IF EXISTS `Snapshot_Events`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Snapshot_Events` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `SnapshotId` int(10) unsigned NOT NULL,
  `EventId` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `EventId` (`EventId`),
  KEY `Snapshot_Events_SnapshotId_idx` (`SnapshotId`),
  CONSTRAINT `Snapshot_Events_ibfk_1` FOREIGN KEY (`SnapshotId`) REFERENCES `Snapshots` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `Snapshot_Events_ibfk_2` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Snapshots`
--

DROP TABLE IF EXISTS `Snapshots`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Snapshots` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) DEFAULT NULL,
  `Description` text DEFAULT NULL,
  `CreatedBy` int(10) DEFAULT NULL,
  `CreatedOn` datetime DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `States`
--

DROP TABLE IF EXISTS `States`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `States` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Definition` text NOT NULL,
  `IsActive` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `Name` (`Name`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Stats`
--

DROP TABLE IF EXISTS `Stats`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Stats` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `MonitorId` int(10) unsigned NOT NULL DEFAULT 0,
  `ZoneId` int(10) unsigned NOT NULL DEFAULT 0,
  `EventId` bigint(20) unsigned NOT NULL,
  `FrameId` int(10) unsigned NOT NULL DEFAULT 0,
  `PixelDiff` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `AlarmPixels` int(10) unsigned NOT NULL DEFAULT 0,
  `FilterPixels` int(10) unsigned NOT NULL DEFAULT 0,
  `BlobPixels` int(10) unsigned NOT NULL DEFAULT 0,
  `Blobs` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MinBlobSize` int(10) unsigned NOT NULL DEFAULT 0,
  `MaxBlobSize` int(10) unsigned NOT NULL DEFAULT 0,
  `MinX` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MaxX` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MinY` smallint(5) unsigned NOT NULL DEFAULT 0,
  `MaxY` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Score` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `EventId` (`EventId`),
  KEY `MonitorId` (`MonitorId`),
  KEY `ZoneId` (`ZoneId`),
  CONSTRAINT `Stats_ibfk_1` FOREIGN KEY (`MonitorId`) REFERENCES `Monitors` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `Stats_ibfk_2` FOREIGN KEY (`ZoneId`) REFERENCES `Zones` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `Stats_ibfk_3` FOREIGN KEY (`EventId`) REFERENCES `Events` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Storage`
--

DROP TABLE IF EXISTS `Storage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Storage` (
  `Id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `Path` varchar(64) NOT NULL DEFAULT '',
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Type` enum('local','s3fs') NOT NULL DEFAULT 'local',
  `Url` varchar(255) DEFAULT NULL,
  `DiskSpace` bigint(20) DEFAULT NULL,
  `Scheme` enum('Deep','Medium','Shallow') NOT NULL DEFAULT 'Medium',
  `ServerId` int(10) unsigned DEFAULT NULL,
  `DoDelete` tinyint(1) NOT NULL DEFAULT 1,
  `Enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `TriggersX10`
--

DROP TABLE IF EXISTS `TriggersX10`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `TriggersX10` (
  `MonitorId` int(10) unsigned NOT NULL DEFAULT 0,
  `Activation` varchar(32) DEFAULT NULL,
  `AlarmInput` varchar(32) DEFAULT NULL,
  `AlarmOutput` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`MonitorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Users`
--

DROP TABLE IF EXISTS `Users`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Users` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Username` varchar(32) CHARACTER SET latin1 COLLATE latin1_bin NOT NULL DEFAULT '',
  `Password` varchar(64) NOT NULL DEFAULT '',
  `Language` varchar(8) DEFAULT NULL,
  `Enabled` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `Stream` enum('None','View') NOT NULL DEFAULT 'None',
  `Events` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `Control` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `Monitors` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `Groups` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `Devices` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `Snapshots` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `System` enum('None','View','Edit') NOT NULL DEFAULT 'None',
  `MaxBandwidth` varchar(16) DEFAULT NULL,
  `MonitorIds` text DEFAULT NULL,
  `TokenMinExpiry` bigint(20) unsigned NOT NULL DEFAULT 0,
  `APIEnabled` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `HomeView` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`Id`),
  UNIQUE KEY `UC_Username` (`Username`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `ZonePresets`
--

DROP TABLE IF EXISTS `ZonePresets`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ZonePresets` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Type` enum('Active','Inclusive','Exclusive','Preclusive','Inactive','Privacy') NOT NULL DEFAULT 'Active',
  `Units` enum('Pixels','Percent') NOT NULL DEFAULT 'Pixels',
  `CheckMethod` enum('AlarmedPixels','FilteredPixels','Blobs') NOT NULL DEFAULT 'Blobs',
  `MinPixelThreshold` smallint(5) unsigned DEFAULT NULL,
  `MaxPixelThreshold` smallint(5) unsigned DEFAULT NULL,
  `MinAlarmPixels` int(10) unsigned DEFAULT NULL,
  `MaxAlarmPixels` int(10) unsigned DEFAULT NULL,
  `FilterX` tinyint(3) unsigned DEFAULT NULL,
  `FilterY` tinyint(3) unsigned DEFAULT NULL,
  `MinFilterPixels` int(10) unsigned DEFAULT NULL,
  `MaxFilterPixels` int(10) unsigned DEFAULT NULL,
  `MinBlobPixels` int(10) unsigned DEFAULT NULL,
  `MaxBlobPixels` int(10) unsigned DEFAULT NULL,
  `MinBlobs` smallint(5) unsigned DEFAULT NULL,
  `MaxBlobs` smallint(5) unsigned DEFAULT NULL,
  `OverloadFrames` smallint(5) unsigned NOT NULL DEFAULT 0,
  `ExtendAlarmFrames` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `Zones`
--

DROP TABLE IF EXISTS `Zones`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `Zones` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `MonitorId` int(10) unsigned NOT NULL DEFAULT 0,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Type` enum('Active','Inclusive','Exclusive','Preclusive','Inactive','Privacy') NOT NULL DEFAULT 'Active',
  `Units` enum('Pixels','Percent') NOT NULL DEFAULT 'Pixels',
  `NumCoords` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `Coords` tinytext NOT NULL,
  `Area` int(10) unsigned NOT NULL DEFAULT 0,
  `AlarmRGB` int(10) unsigned DEFAULT 0,
  `CheckMethod` enum('AlarmedPixels','FilteredPixels','Blobs') NOT NULL DEFAULT 'Blobs',
  `MinPixelThreshold` smallint(5) unsigned DEFAULT NULL,
  `MaxPixelThreshold` smallint(5) unsigned DEFAULT NULL,
  `MinAlarmPixels` int(10) unsigned DEFAULT NULL,
  `MaxAlarmPixels` int(10) unsigned DEFAULT NULL,
  `FilterX` tinyint(3) unsigned DEFAULT NULL,
  `FilterY` tinyint(3) unsigned DEFAULT NULL,
  `MinFilterPixels` int(10) unsigned DEFAULT NULL,
  `MaxFilterPixels` int(10) unsigned DEFAULT NULL,
  `MinBlobPixels` int(10) unsigned DEFAULT NULL,
  `MaxBlobPixels` int(10) unsigned DEFAULT NULL,
  `MinBlobs` smallint(5) unsigned DEFAULT NULL,
  `MaxBlobs` smallint(5) unsigned DEFAULT NULL,
  `OverloadFrames` smallint(5) unsigned NOT NULL DEFAULT 0,
  `ExtendAlarmFrames` smallint(5) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `MonitorId` (`MonitorId`),
  CONSTRAINT `Zones_ibfk_1` FOREIGN KEY (`MonitorId`) REFERENCES `Monitors` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Zone_Insert_Trigger AFTER INSERT ON Zones
FOR EACH ROW
  BEGIN
    UPDATE Monitors SET ZoneCount=(SELECT COUNT(*) FROM Zones WHERE MonitorId=NEW.MonitorId) WHERE Monitors.Id=NEW.MonitorID;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;
/*!50003 SET @saved_cs_client      = @@character_set_client */ ;
/*!50003 SET @saved_cs_results     = @@character_set_results */ ;
/*!50003 SET @saved_col_connection = @@collation_connection */ ;
/*!50003 SET character_set_client  = utf8mb3 */ ;
/*!50003 SET character_set_results = utf8mb3 */ ;
/*!50003 SET collation_connection  = utf8mb3_general_ci */ ;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
/*!50003 SET sql_mode              = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION' */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER Zone_Delete_Trigger AFTER DELETE ON Zones
FOR EACH ROW
  BEGIN
    UPDATE Monitors SET ZoneCount=(SELECT COUNT(*) FROM Zones WHERE MonitorId=OLD.MonitorId) WHERE Monitors.Id=OLD.MonitorID;
  END 
*/;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50003 SET character_set_client  = @saved_cs_client */ ;
/*!50003 SET character_set_results = @saved_cs_results */ ;
/*!50003 SET collation_connection  = @saved_col_connection */ ;

--
-- Dumping routines for database 'zoneminder'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06  8:23:14
