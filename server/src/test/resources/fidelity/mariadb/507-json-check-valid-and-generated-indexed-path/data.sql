INSERT INTO events (payload) VALUES ('{"type":"login","user":{"id":7}}'), ('{"type":"logout","user":{"id":8}}');
