SELECT name = 'café' AND body = 'naïve ✓' FROM legacy
