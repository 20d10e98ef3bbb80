INSERT INTO icinga_acknowledgements (instance_id, entry_time, object_id, author_name, end_time) VALUES (1, '2016-12-01 10:00:00+00', 5, 'admin', NULL);
INSERT INTO icinga_comments (instance_id, object_id, comment_time, internal_comment_id, entry_time, comment_data) VALUES (1, 5, '2016-12-01 10:00:00+00', 1, '2016-12-01 10:00:01+00', 'looking');
INSERT INTO icinga_downtimehistory (instance_id, object_id, entry_time, internal_downtime_id, scheduled_start_time, scheduled_end_time) VALUES (1, 5, '2016-12-01 09:00:00+00', 2, '2016-12-02 00:00:00+00', '2016-12-02 02:00:00+00');
