// graphdocs:help is maven-plugin-plugin's generated help goal: every goal and its parameters.
def logs = new File(basedir, 'build.log').text
for (goal in ['graphdocs:check', 'graphdocs:generate', 'graphdocs:help', 'graphdocs:verify']) {
  assert logs.contains(goal) : goal
}
for (parameter in ['docsDirectory', 'includes', 'excludes', 'addTestCompileSourceRoot', 'sarifReport', 'strict']) {
  assert logs.contains(parameter) : parameter
}
assert logs.contains('This plugin has 4 goals:')
return true
