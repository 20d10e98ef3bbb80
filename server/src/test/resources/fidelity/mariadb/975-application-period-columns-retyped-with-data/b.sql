CREATE TABLE shifts (
  id int NOT NULL,
  worker_id int NOT NULL,
  shift_start datetime(3) NOT NULL,
  shift_end datetime(3) NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR shift (shift_start, shift_end),
  UNIQUE KEY uq_worker_shift (worker_id, shift WITHOUT OVERLAPS)
);
