SELECT COUNT(*) = 1 FROM matomo_log_visit WHERE idvisitor = x'0102030405060708' AND location_ip = x'7f000001' AND visit_total_actions = 4 AND visit_total_interactions = 0 AND profilable IS NULL
SELECT COUNT(*) = 1 FROM matomo_archive_numeric_2024_01 WHERE value = 1.5
