INSERT INTO legacy VALUES (1, 'café', 'naïve ✓');
