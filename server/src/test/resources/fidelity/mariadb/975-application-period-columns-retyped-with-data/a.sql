CREATE TABLE shifts (
  id int NOT NULL,
  worker_id int NOT NULL,
  shift_start date NOT NULL,
  shift_end date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR shift (shift_start, shift_end),
  UNIQUE KEY uq_worker_shift (worker_id, shift WITHOUT OVERLAPS)
);
