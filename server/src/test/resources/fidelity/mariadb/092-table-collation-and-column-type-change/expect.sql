SELECT slug = 'hello-world' FROM posts
