// With strict=true the GD301 warning is an error and fails the build; without, it is a warning.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] src/docs/resources/gadget.md:15:1: [GD301] base type \'microsoft.graph.missingBase\' of gadget is not defined by any page')
assert log.contains('graphdocs: 1 error in src/docs: src/docs/resources/gadget.md:15:1: [GD301]')
assert log.contains('[WARNING] src/docs/resources/gadget.md:15:1: [GD301]')
assert log.contains('[INFO] graphdocs: 0 errors, 1 warning, 0 notes; wrote 3 Java files to target/generated-sources/graphdocs')
assert new File(basedir, 'target/classes/com/example/strict/Gadget.class').isFile()
return true
