SELECT AlbumTitle = 'Balls to the Wall' FROM Album
