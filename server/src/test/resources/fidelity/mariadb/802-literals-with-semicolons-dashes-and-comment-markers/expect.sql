SELECT COUNT(*) = 1 FROM snippets WHERE terminator = ';' AND marker = '-- x;' AND note = '/* a */;'
