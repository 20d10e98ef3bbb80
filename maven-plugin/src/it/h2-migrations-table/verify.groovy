// Judged from the build log: migrate and status under the parameter's name see the migrations applied, status under
// schemactl.yaml's name sees none (that table was never written).
def log = new File(basedir, 'build.log').text
assert log.contains('applied 2 migrations')
// migrate prints the status after applying, then invocation 2 prints it again
assert log.findAll('2 applied, 0 pending').size() == 2
assert log.findAll('0 applied, 2 pending').size() == 1
assert log.indexOf('0 applied, 2 pending') > log.lastIndexOf('2 applied, 0 pending')
assert !log.contains('at dev.schemactl.')
return true
