/*M!999999\- enable the sandbox mode */ 
-- Schema of the employees sample database in its partitioned form (github.com/datacharmer/test_db, employees_partitioned.sql, commit 0c50ebb2f93b1bf7f83c267669c647aff2519516: the MySQL form of employees.sql whose titles and salaries are PARTITION BY RANGE COLUMNS (from_date) in 19 partitions, written as /*!50510 ALTER TABLE ... */), Creative Commons Attribution-Share Alike 3.0 Unported (the file's header); loaded without its header comment, DROP/CREATE DATABASE, USE, SELECT ... AS 'INFO' and source lines, dumped with mariadb-dump 10.19 (see ../README.md)
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: employees_partitioned
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
-- Table structure for table `departments`
--

DROP TABLE IF EXISTS `departments`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `departments` (
  `dept_no` char(4) NOT NULL,
  `dept_name` varchar(40) NOT NULL,
  PRIMARY KEY (`dept_no`),
  UNIQUE KEY `dept_name` (`dept_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `dept_emp`
--

DROP TABLE IF EXISTS `dept_emp`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dept_emp` (
  `emp_no` int(11) NOT NULL,
  `dept_no` char(4) NOT NULL,
  `from_date` date NOT NULL,
  `to_date` date NOT NULL,
  PRIMARY KEY (`emp_no`,`dept_no`),
  KEY `dept_no` (`dept_no`),
  CONSTRAINT `dept_emp_ibfk_1` FOREIGN KEY (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE,
  CONSTRAINT `dept_emp_ibfk_2` FOREIGN KEY (`dept_no`) REFERENCES `departments` (`dept_no`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `dept_manager`
--

DROP TABLE IF EXISTS `dept_manager`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dept_manager` (
  `emp_no` int(11) NOT NULL,
  `dept_no` char(4) NOT NULL,
  `from_date` date NOT NULL,
  `to_date` date NOT NULL,
  PRIMARY KEY (`emp_no`,`dept_no`),
  KEY `dept_no` (`dept_no`),
  CONSTRAINT `dept_manager_ibfk_1` FOREIGN KEY (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE,
  CONSTRAINT `dept_manager_ibfk_2` FOREIGN KEY (`dept_no`) REFERENCES `departments` (`dept_no`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `employees`
--

DROP TABLE IF EXISTS `employees`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employees` (
  `emp_no` int(11) NOT NULL,
  `birth_date` date NOT NULL,
  `first_name` varchar(14) NOT NULL,
  `last_name` varchar(16) NOT NULL,
  `gender` enum('M','F') NOT NULL,
  `hire_date` date NOT NULL,
  PRIMARY KEY (`emp_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `salaries`
--

DROP TABLE IF EXISTS `salaries`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `salaries` (
  `emp_no` int(11) NOT NULL,
  `salary` int(11) NOT NULL,
  `from_date` date NOT NULL,
  `to_date` date NOT NULL,
  PRIMARY KEY (`emp_no`,`from_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
 PARTITION BY RANGE  COLUMNS(`from_date`)
(PARTITION `p01` VALUES LESS THAN ('1985-12-31') ENGINE = InnoDB,
 PARTITION `p02` VALUES LESS THAN ('1986-12-31') ENGINE = InnoDB,
 PARTITION `p03` VALUES LESS THAN ('1987-12-31') ENGINE = InnoDB,
 PARTITION `p04` VALUES LESS THAN ('1988-12-31') ENGINE = InnoDB,
 PARTITION `p05` VALUES LESS THAN ('1989-12-31') ENGINE = InnoDB,
 PARTITION `p06` VALUES LESS THAN ('1990-12-31') ENGINE = InnoDB,
 PARTITION `p07` VALUES LESS THAN ('1991-12-31') ENGINE = InnoDB,
 PARTITION `p08` VALUES LESS THAN ('1992-12-31') ENGINE = InnoDB,
 PARTITION `p09` VALUES LESS THAN ('1993-12-31') ENGINE = InnoDB,
 PARTITION `p10` VALUES LESS THAN ('1994-12-31') ENGINE = InnoDB,
 PARTITION `p11` VALUES LESS THAN ('1995-12-31') ENGINE = InnoDB,
 PARTITION `p12` VALUES LESS THAN ('1996-12-31') ENGINE = InnoDB,
 PARTITION `p13` VALUES LESS THAN ('1997-12-31') ENGINE = InnoDB,
 PARTITION `p14` VALUES LESS THAN ('1998-12-31') ENGINE = InnoDB,
 PARTITION `p15` VALUES LESS THAN ('1999-12-31') ENGINE = InnoDB,
 PARTITION `p16` VALUES LESS THAN ('2000-12-31') ENGINE = InnoDB,
 PARTITION `p17` VALUES LESS THAN ('2001-12-31') ENGINE = InnoDB,
 PARTITION `p18` VALUES LESS THAN ('2002-12-31') ENGINE = InnoDB,
 PARTITION `p19` VALUES LESS THAN (MAXVALUE) ENGINE = InnoDB);
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `titles`
--

DROP TABLE IF EXISTS `titles`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `titles` (
  `emp_no` int(11) NOT NULL,
  `title` varchar(50) NOT NULL,
  `from_date` date NOT NULL,
  `to_date` date DEFAULT NULL,
  PRIMARY KEY (`emp_no`,`title`,`from_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
 PARTITION BY RANGE  COLUMNS(`from_date`)
(PARTITION `p01` VALUES LESS THAN ('1985-12-31') ENGINE = InnoDB,
 PARTITION `p02` VALUES LESS THAN ('1986-12-31') ENGINE = InnoDB,
 PARTITION `p03` VALUES LESS THAN ('1987-12-31') ENGINE = InnoDB,
 PARTITION `p04` VALUES LESS THAN ('1988-12-31') ENGINE = InnoDB,
 PARTITION `p05` VALUES LESS THAN ('1989-12-31') ENGINE = InnoDB,
 PARTITION `p06` VALUES LESS THAN ('1990-12-31') ENGINE = InnoDB,
 PARTITION `p07` VALUES LESS THAN ('1991-12-31') ENGINE = InnoDB,
 PARTITION `p08` VALUES LESS THAN ('1992-12-31') ENGINE = InnoDB,
 PARTITION `p09` VALUES LESS THAN ('1993-12-31') ENGINE = InnoDB,
 PARTITION `p10` VALUES LESS THAN ('1994-12-31') ENGINE = InnoDB,
 PARTITION `p11` VALUES LESS THAN ('1995-12-31') ENGINE = InnoDB,
 PARTITION `p12` VALUES LESS THAN ('1996-12-31') ENGINE = InnoDB,
 PARTITION `p13` VALUES LESS THAN ('1997-12-31') ENGINE = InnoDB,
 PARTITION `p14` VALUES LESS THAN ('1998-12-31') ENGINE = InnoDB,
 PARTITION `p15` VALUES LESS THAN ('1999-12-31') ENGINE = InnoDB,
 PARTITION `p16` VALUES LESS THAN ('2000-12-31') ENGINE = InnoDB,
 PARTITION `p17` VALUES LESS THAN ('2001-12-31') ENGINE = InnoDB,
 PARTITION `p18` VALUES LESS THAN ('2002-12-31') ENGINE = InnoDB,
 PARTITION `p19` VALUES LESS THAN (MAXVALUE) ENGINE = InnoDB);
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping routines for database 'employees_partitioned'
--
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-12-06 18:26:09
