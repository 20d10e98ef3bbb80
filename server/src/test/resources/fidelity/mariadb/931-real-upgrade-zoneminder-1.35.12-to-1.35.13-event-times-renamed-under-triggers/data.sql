INSERT INTO Monitors (Id, Name) VALUES (1, 'Front door');
INSERT INTO Events (Id, MonitorId, StateId, Name, StartTime, EndTime, DiskSpace) VALUES (1, 1, 1, 'Event 1', '2020-11-04 10:00:00', '2020-11-04 10:00:30', 1048576);
