INSERT INTO graphile_worker.tasks (identifier) VALUES ('send_email');
INSERT INTO graphile_worker.job_queues (queue_name) VALUES ('mail');
INSERT INTO graphile_worker.jobs (job_queue_id, task_id, payload, key) VALUES (1, 1, '{"to":"a@example.org"}', 'k1'), (NULL, 1, '{}', NULL);
