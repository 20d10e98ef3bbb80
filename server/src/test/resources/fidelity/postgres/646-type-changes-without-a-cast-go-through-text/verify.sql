SELECT flag AND stamp = date '2024-01-01' FROM t WHERE id = 1
