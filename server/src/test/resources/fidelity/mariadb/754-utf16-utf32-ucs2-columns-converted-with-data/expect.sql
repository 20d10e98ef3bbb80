SELECT COUNT(*) = 1 FROM names WHERE given = 'Zoë' AND family = 'Ølsen' AND note = 'naïve'
