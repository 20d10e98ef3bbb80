SELECT COUNT(*) = 1 FROM readings WHERE id = 1 AND temp = 21.5 AND ratio = 0.25 AND weight = 1.5 AND yr = 2024
