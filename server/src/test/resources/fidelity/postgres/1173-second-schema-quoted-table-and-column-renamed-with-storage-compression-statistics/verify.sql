SELECT "Data ""raw""" = '\x00ff'::bytea FROM x."Binary Blobs"
