SELECT area = 2.22 FROM rects
