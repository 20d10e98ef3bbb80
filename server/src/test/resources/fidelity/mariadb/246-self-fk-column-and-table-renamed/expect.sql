SELECT COUNT(*) = 2 FROM tree_node WHERE parent_id IS NOT NULL
