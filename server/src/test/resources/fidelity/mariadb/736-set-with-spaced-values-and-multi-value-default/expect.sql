SELECT days = 'tue' FROM t WHERE id = 1
