CREATE TABLE t (id int PRIMARY KEY, a int, b int, KEY idx_this_is_a_very_long_index_name_that_is_exactly_sixty_four_ch (a, b));
