// The executable jar was installed as an attached artifact (classifier "all") next to the CLI's
// jar, sources and javadoc, each with its Automatic-Module-Name; a build that knows only its
// coordinates fetched it, and running it checked the docs and generated the model.
import java.util.jar.JarFile

// cliVersion: a script variable of the invoker configuration
def version = cliVersion
def installed = new File(localRepositoryPath, "io/github/graphdocs/graphdocs-cli/$version")
def manifest = { String classifier ->
  def name = "graphdocs-cli-$version${classifier ? '-' + classifier : ''}.jar"
  def jar = new File(installed, name)
  assert jar.isFile() : "$name was not installed in $installed"
  new JarFile(jar).withCloseable { it.manifest.mainAttributes }
}
['', 'sources', 'javadoc', 'all'].each {
  assert manifest(it).getValue('Automatic-Module-Name') == 'io.github.graphdocs.cli' : "no Automatic-Module-Name in the '$it' jar"
}
assert manifest('all').getValue('Main-Class') == 'io.github.graphdocs.cli.GraphDocsCommand'
assert manifest('').getValue('Main-Class') == null : 'the plain jar is not the executable one'

assert new File(basedir, 'target/tools/graphdocs.jar').isFile()
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/graphdocs-check.json'))
assert report.tool == 'graphdocs' && report.version == version
assert report.summary.errors == 0 && report.summary.warnings == 0 : "unexpected check report: $report"
def generated = new File(basedir, 'target/generated-sources/graphdocs/com/example/widgets')
['Widget', 'WidgetColor'].each {
  assert new File(generated, it + '.java').isFile() : "missing generated $it.java"
}
assert new File(generated, 'Widget.java').text.contains('public class Widget')
return true
