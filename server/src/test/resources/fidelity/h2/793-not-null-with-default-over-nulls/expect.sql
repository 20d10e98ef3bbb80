SELECT COUNT(*) = 2 FROM t WHERE qty = 0
SELECT COUNT(*) = 1 FROM t WHERE "Note" = 'none' AND id = 2
SELECT COUNT(*) = 1 FROM t WHERE qty = 4 AND "Note" = 'x'
