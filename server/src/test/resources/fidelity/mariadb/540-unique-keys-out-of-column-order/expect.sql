SELECT COUNT(*) = 2 FROM project_parameter WHERE project_code = 100
