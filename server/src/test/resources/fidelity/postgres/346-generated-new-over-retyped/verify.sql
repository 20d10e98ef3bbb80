SELECT area = 6 FROM box
