SELECT COUNT(*) = 1 FROM schedule WHERE season = 1999 AND flags = 7 AND starts = '-12:30:00'
