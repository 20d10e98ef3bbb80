INSERT INTO tasks VALUES (1,'lo',false),(2,'hi',true),(3,DEFAULT,true);
