SELECT COUNT(*) = 2 FROM t WHERE qty = 0
SELECT COUNT(*) = 1 FROM t WHERE note = 'none' AND id = 2
SELECT COUNT(*) = 0 FROM t WHERE seen IS NULL
SELECT COUNT(*) = 1 FROM t WHERE qty = 4 AND note = 'x' AND seen = '2026-01-01 00:00:00'
