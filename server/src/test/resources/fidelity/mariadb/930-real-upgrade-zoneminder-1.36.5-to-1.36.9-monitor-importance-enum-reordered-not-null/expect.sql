SELECT SUM(Importance = 'Less' AND Name = 'Front door') = 1 AND SUM(Importance = 'Not' AND Name = 'Yard') = 1 AND SUM(Longitude = -73.98566000) = 1 FROM Monitors
