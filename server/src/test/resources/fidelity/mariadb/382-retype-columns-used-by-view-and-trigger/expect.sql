SELECT count(*) = 1 FROM event_titles WHERE title = 'first'
SELECT count(*) = 1 FROM audit WHERE what = 'b first'
