// The cycle is reported with file, line, column and code; the build failed; the output folder
// (an earlier run's, with graphdocs' marker) still holds exactly what it held before.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] graphdocs: skipped (graphdocs.skip)')
assert log.contains('[ERROR] src/docs/resources/beta.md:20:1: [GD302] base types form a cycle: alpha -> beta -> alpha')
assert log.contains('[INFO] BUILD FAILURE')
assert log.contains('graphdocs: 1 error in src/docs: src/docs/resources/beta.md:20:1: [GD302]')
assert log.contains('nothing was generated; the previous output in previous-output is unchanged')

def files = []
new File(basedir, 'previous-output').eachFileRecurse(groovy.io.FileType.FILES) { files << it.name }
assert files.sort() == ['.graphdocs-output', 'Previous.java']
assert !new File(basedir, 'target/classes/com/example/cycle').exists()
return true
