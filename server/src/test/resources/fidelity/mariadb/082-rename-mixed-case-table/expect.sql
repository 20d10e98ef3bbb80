SELECT COUNT(*) = 2 FROM Performer
