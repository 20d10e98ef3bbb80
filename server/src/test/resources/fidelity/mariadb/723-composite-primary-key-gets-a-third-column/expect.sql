SELECT COUNT(*) = 2 FROM grades
