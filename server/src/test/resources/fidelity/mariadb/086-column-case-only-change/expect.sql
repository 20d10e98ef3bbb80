SELECT Name = 'Jump' FROM tracks
