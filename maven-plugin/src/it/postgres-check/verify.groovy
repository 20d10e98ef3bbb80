// Judged from the outside: the build log Maven wrote, and PostgreSQL's own catalog through psql.
def psql = { String db, String sql ->
    def p = ['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atc', sql].execute()
    def out = p.text
    assert p.waitFor() == 0 : p.err.text
    out.trim()
}
try {
    def log = new File(basedir, 'build.log').text
    assert log.findAll('produce what the entities declare').size() == 2
    assert log.contains('the entities differ from what the migrations produce: add column customer.email')
    assert !log.contains('at dev.schemactl.')
    // the explicit shadow database was used and emptied again: no table, no tracking table left
    assert psql('schemactl_it_maven_shadow', "select count(*) from pg_tables where schemaname = 'public'") == '0'
} finally {
    psql('postgres', 'DROP DATABASE IF EXISTS schemactl_it_maven_shadow')
}
return true
