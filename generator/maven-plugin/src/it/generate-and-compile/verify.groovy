// The plugin generated the model into the default folder, added it as a source root, and the
// generated classes compiled (with -Xlint:all -Werror) together with a hand-written class using them.
def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/graphdocs/com/example/widgets')

['Widget', 'FancyWidget', 'WidgetColor', 'ODataTypes', 'package-info'].each {
  assert new File(generated, it + '.java').isFile() : "missing generated ${it}.java"
  assert new File(basedir, "target/classes/com/example/widgets/${it}.class").isFile() : "$it was not compiled"
}
assert new File(basedir, 'target/classes/com/example/app/WidgetShop.class').isFile()
assert new File(generated, 'FancyWidget.java').text.contains('public class FancyWidget extends Widget')
assert log.contains('[INFO] graphdocs: 0 errors, 0 warnings, 0 notes; wrote 5 Java files to target/generated-sources/graphdocs')
assert !log.contains('[WARNING] src/docs')
assert new File(generated, 'package-info.java').text.contains('@org.jspecify.annotations.NullMarked')
return true
