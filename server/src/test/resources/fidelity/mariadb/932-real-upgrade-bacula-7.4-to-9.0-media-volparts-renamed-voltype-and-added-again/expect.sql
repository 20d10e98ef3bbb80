SELECT VolType = 3 AND VolParts = 0 AND FirstWritten = '2017-05-01 10:00:00' FROM Media WHERE MediaId = 1
