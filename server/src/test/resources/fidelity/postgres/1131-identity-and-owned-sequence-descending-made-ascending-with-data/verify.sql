SELECT (SELECT min(id) FROM countdown) = -3 AND nextval(pg_get_serial_sequence('countdown', 'id')) = 1
  AND (SELECT min(lap) FROM laps) = -2 AND nextval('laps_lap_seq') = 1
