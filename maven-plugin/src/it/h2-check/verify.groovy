// Judged from the outside: the build log Maven wrote and the files on disk.
def log = new File(basedir, 'build.log').text
def versions = new File(basedir, 'migrations/versions')

// invocation 1 passed with the committed migration
assert log.contains('produce what the entities declare')
// invocation 2 failed, naming the change and the way out, without a stack trace
assert log.contains('the entities differ from what the migrations produce')
assert log =~ /(?i)add column[^\n]*email/
assert log.contains('schemactl:generate -Dschemactl.message=')
assert !log.contains('at dev.schemactl.')
// invocation 3 wrote the migration, rollback included
def added = versions.listFiles().findAll { it.name.endsWith('_add_customer_email.sql') }
assert added.size() == 1
def sql = added[0].text
assert sql =~ /(?i)ALTER TABLE customer ADD COLUMN email varchar\(200\)/
assert sql =~ /(?i)--rollback ALTER TABLE customer DROP COLUMN email/
assert versions.listFiles().length == 2
return true
