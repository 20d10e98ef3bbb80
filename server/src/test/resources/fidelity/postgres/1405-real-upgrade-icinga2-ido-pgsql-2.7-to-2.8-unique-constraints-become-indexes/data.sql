INSERT INTO icinga_comments (instance_id, object_id, comment_time, internal_comment_id, entry_time, comment_data) VALUES (1, 7, '2017-11-01 10:00', 1, '2017-11-01 10:00', 'ack');
INSERT INTO icinga_downtimehistory (instance_id, object_id, entry_time, internal_downtime_id, scheduled_start_time, scheduled_end_time) VALUES (1, 7, '2017-11-01 10:00', 3, '2017-11-02 00:00', '2017-11-02 02:00');
