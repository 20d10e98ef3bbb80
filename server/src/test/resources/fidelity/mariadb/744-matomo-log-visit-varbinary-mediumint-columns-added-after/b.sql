CREATE TABLE `matomo_log_visit` (
  `idvisit` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `idsite` INTEGER(10) UNSIGNED NOT NULL,
  `idvisitor` BINARY(8) NOT NULL,
  `visit_last_action_time` DATETIME NOT NULL,
  `config_id` BINARY(8) NOT NULL,
  `location_ip` VARBINARY(16) NOT NULL,
  `profilable` TINYINT(1) NULL,
  `user_id` VARCHAR(200) NULL,
  `visit_total_actions` INT(11) UNSIGNED NULL,
  `visit_total_time` INT(11) UNSIGNED NOT NULL,
  `visit_total_interactions` MEDIUMINT UNSIGNED NULL DEFAULT 0,
  `visitor_returning` TINYINT(1) NULL,
  `referer_url` VARCHAR(1500) NULL,
  `location_country` CHAR(3) NULL,
  PRIMARY KEY (`idvisit`),
  INDEX `index_idsite_config_datetime` (`idsite`, `config_id`, `visit_last_action_time`),
  INDEX `index_idsite_datetime` (`idsite`, `visit_last_action_time`),
  INDEX `index_idsite_idvisitor_time` (`idsite`, `idvisitor`, `visit_last_action_time` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `matomo_archive_numeric_2024_01` (
  `idarchive` INTEGER UNSIGNED NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `idsite` INTEGER UNSIGNED NULL,
  `date1` DATE NULL,
  `date2` DATE NULL,
  `period` TINYINT UNSIGNED NULL,
  `ts_archived` DATETIME NULL,
  `value` DOUBLE NULL,
  PRIMARY KEY (`idarchive`, `name`),
  INDEX `index_idsite_dates_period` (`idsite`, `date1`, `date2`, `period`, `name`(6)),
  INDEX `index_period_archived` (`period`, `ts_archived`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
