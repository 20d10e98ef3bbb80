def log = new File(basedir, 'build.log').text
assert log.contains('applied 2 migrations')
assert log.contains('confirmation required by policy')
assert log.contains('DS-DROP-TABLE')
assert log.contains('schemactl approve 20261202074500')
assert log.contains('-Dschemactl.confirm=')
assert !log.contains('at dev.schemactl.')
// after invocation 1 and again after the refused invocation 2 (status): the drop is still pending
assert log.findAll(/20261202074500\s+drop_customer\s+pending/).size() == 2
assert log.findAll('2 applied, 1 pending').size() == 2
return true
