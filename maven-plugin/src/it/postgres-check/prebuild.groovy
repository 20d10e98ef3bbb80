// An empty scratch database for invocation 3's explicit shadow URL (dropped again by verify.groovy).
def psql = { String sql -> ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-Atc', sql].execute() }
def drop = psql('DROP DATABASE IF EXISTS schemactl_it_maven_shadow')
assert drop.waitFor() == 0 : drop.err.text
def create = psql('CREATE DATABASE schemactl_it_maven_shadow')
assert create.waitFor() == 0 : create.err.text
return true
