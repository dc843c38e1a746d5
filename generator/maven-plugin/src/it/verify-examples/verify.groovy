// Invocation 1 fails on the draft's example (logged at its place); invocation 2 excludes drafts/ and
// passes; its report is the one left in target/graphdocs/verify.json.
import groovy.json.JsonSlurper

def logs = new File(basedir, 'build.log').text
assert logs.contains('[ERROR] src/docs/drafts/bad-example.md:9:1: [GD602] doc error: at $.size')
assert logs.contains('graphdocs: examples: 2 total, 1 passed, 1 failed, 0 skipped; first failure: src/docs/drafts/bad-example.md:9:1')
assert logs.contains('[INFO] graphdocs: examples: 1 total, 1 passed, 0 failed, 0 skipped')
def report = new JsonSlurper().parse(new File(basedir, 'target/graphdocs/verify.json'))
assert report.summary.total == 1
assert report.summary.passed == 1
return true
