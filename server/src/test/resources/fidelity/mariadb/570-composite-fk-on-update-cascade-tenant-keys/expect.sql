SELECT COUNT(*) = 1 FROM tasks WHERE project_code = 'P1'
