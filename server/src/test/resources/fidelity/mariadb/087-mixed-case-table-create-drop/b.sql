CREATE TABLE MediaType (
  MediaTypeId int NOT NULL,
  PRIMARY KEY (MediaTypeId)
);
CREATE TABLE PlaylistTrack (
  PlaylistId int NOT NULL,
  TrackId int NOT NULL,
  PRIMARY KEY (PlaylistId, TrackId),
  KEY IFK_PlaylistTrackTrackId (TrackId)
);
