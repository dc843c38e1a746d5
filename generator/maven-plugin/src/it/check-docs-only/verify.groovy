// A doc repository (packaging pom, no Java) checks its pages: invocation 1 fails on the base-type
// cycle after writing both reports; invocation 2 leaves beta.md out and passes with warnings.
import groovy.json.JsonSlurper

def logs = new File(basedir, 'build.log').text
assert logs.contains('[ERROR] src/docs/resources/beta.md:20:1: [GD302] base types form a cycle: alpha -> beta -> alpha')
assert logs.contains('[WARNING] src/docs/resources/gadget.md:15:1: [GD301]')
assert logs.contains('graphdocs: 1 error in src/docs: src/docs/resources/beta.md:20:1: [GD302]')
assert !logs.contains('maven-compiler-plugin') : 'no compile step'
assert !new File(basedir, 'target/classes').exists()

def sarif = new JsonSlurper().parse(new File(basedir, 'target/graphdocs/check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].originalUriBaseIds.DOCS.uri.endsWith('/src/docs/')
def json = new JsonSlurper().parse(new File(basedir, 'target/graphdocs/check.json'))
// the reports of the last invocation: beta.md left out, alpha's base type merely unknown
assert json.summary.errors == 0
assert json.diagnostics.any { it.code == 'GD301' && it.file == 'src/docs/resources/gadget.md' }
assert !json.diagnostics.any { it.file.contains('beta.md') }
assert logs.contains('[INFO] graphdocs: 0 errors, 2 warnings, ')
assert logs.contains('; reports target/graphdocs/check.sarif and target/graphdocs/check.json')
return true
