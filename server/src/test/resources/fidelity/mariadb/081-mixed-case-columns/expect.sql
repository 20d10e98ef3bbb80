SELECT Name = 'For Those About To Rock' AND UnitPrice = 0.99 FROM Track
