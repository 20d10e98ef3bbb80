SELECT flags = 15 FROM f
