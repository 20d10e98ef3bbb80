INSERT INTO events (payload) VALUES ('{"kind":"order","order":{"amount":"12.5"}}'), ('{"kind":"ping"}');
