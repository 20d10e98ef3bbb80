INSERT INTO Pool (PoolId, Name) VALUES (1, 'Default');
INSERT INTO Media (MediaId, PoolId, VolumeName, MediaType, VolParts, FirstWritten, LabelDate) VALUES (1, 1, 'Vol-0001', 'File', 3, '2017-05-01 10:00:00', '2017-05-01 09:00:00');
INSERT INTO Job (JobId, Job, Name, Type, Level, JobStatus, SchedTime, StartTime, EndTime, JobTDate) VALUES (1, 'backup.2017-05-01_10.00.00_01', 'backup', 'B', 'F', 'T', '2017-05-01 10:00:00', '2017-05-01 10:00:01', '2017-05-01 10:05:00', 1493632800);
