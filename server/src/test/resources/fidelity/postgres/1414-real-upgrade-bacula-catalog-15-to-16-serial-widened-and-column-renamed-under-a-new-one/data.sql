INSERT INTO pool (name, pooltype, labelformat) VALUES ('Default', 'Backup', '*');
INSERT INTO media (volumename, poolid, mediatype, volstatus, volparts) VALUES ('Vol-0001', 1, 'File', 'Append', 1), ('Vol-0002', 1, 'File', 'Full', 2);
INSERT INTO basefiles (jobid, fileid, fileindex, basejobid) VALUES (1, 10, 1, 1);
