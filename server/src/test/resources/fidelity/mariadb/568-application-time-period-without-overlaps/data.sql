INSERT INTO room_bookings (room_id, guest) VALUES (1, 'ann');
