package io.github.graphdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.output.OutputMarker;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo run directly, on a project folder made in a temporary directory. */
class GenerateMojoTest {
  @TempDir
  Path basedir;

  private final CapturingLog log = new CapturingLog();
  private MavenProject project;

  /** A mojo as Maven would configure it, on a copy of {@code src/test/resources/docs/<docs>}. */
  private GenerateMojo mojo(String docs) throws IOException, URISyntaxException {
    project = TestProject.create(basedir, docs);
    GenerateMojo m = new GenerateMojo();
    m.setLog(log);
    m.project = project;
    m.docsDirectory = basedir.resolve("src/docs").toFile();
    m.outputDirectory = basedir.resolve("target/generated-sources/graphdocs").toFile();
    m.packageName = "com.example.widgets";
    m.fingerprintFile = basedir.resolve("target/graphdocs.fingerprint").toFile();
    return m;
  }

  private Path out() {
    return basedir.resolve("target/generated-sources/graphdocs");
  }

  @Test
  void generatesSourcesAndAddsThemToTheCompileSourceRoots() throws Exception {
    GenerateMojo m = mojo("valid");
    m.execute();
    assertTrue(Files.isRegularFile(out().resolve("com/example/widgets/Widget.java")));
    assertEquals(List.of(out().toString()), project.getCompileSourceRoots());
    assertTrue(log.has("INFO", "graphdocs: 0 errors, 0 warnings, 1 note (-X shows notes); wrote 3 Java files to "
        + "target/generated-sources/graphdocs"), log.toString());
    assertTrue(log.has("DEBUG", "src/docs/resources/widget.md:35:1: [GD306] property 'weight'"), log.toString());
    assertFalse(log.any("WARN") || log.any("ERROR"), log.toString());
  }

  @Test
  void aBaseTypeCycleFailsTheBuildNamingFileLineAndCodeAndKeepsThePreviousOutput() throws Exception {
    GenerateMojo m = mojo("cycle");
    Path previous = previousOutput();

    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);

    assertTrue(log.has("ERROR", "src/docs/resources/beta.md:20:1: [GD302] base types form a cycle: alpha -> beta -> alpha"),
        log.toString());
    assertTrue(e.getMessage().startsWith("graphdocs: 1 error in src/docs: src/docs/resources/beta.md:20:1: [GD302]"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(
        "nothing was generated; the previous output in target/generated-sources/graphdocs is unchanged"), e.getMessage());
    assertEquals(List.of(previous), javaFiles(out()));
    assertEquals("class Previous {}", Files.readString(previous));
    assertTrue(project.getCompileSourceRoots().isEmpty());
  }

  /** An output folder as an earlier run wrote it: one source and graphdocs' marker listing it. */
  private Path previousOutput() throws IOException {
    Path previous = out().resolve("com/example/widgets/Previous.java");
    Files.createDirectories(previous.getParent());
    Files.writeString(previous, "class Previous {}");
    Files.writeString(out().resolve(OutputMarker.FILE_NAME),
        new OutputMarker(List.of(), List.of("com/example/widgets/Previous.java")).text());
    return previous;
  }

  @Test
  void aWarningIsLoggedAsAWarningAndDoesNotFailTheBuild() throws Exception {
    GenerateMojo m = mojo("warning");
    m.execute();
    assertTrue(log.has("WARN", "src/docs/resources/gadget.md:15:1: [GD301] base type 'microsoft.graph.missingBase'"),
        log.toString());
    assertTrue(Files.isRegularFile(out().resolve("com/example/widgets/Gadget.java")));
  }

  @Test
  void strictTurnsAWarningIntoAFailure() throws Exception {
    GenerateMojo m = mojo("warning");
    m.strict = true;
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(log.has("ERROR", "src/docs/resources/gadget.md:15:1: [GD301]"), log.toString());
    assertTrue(e.getMessage().contains("[GD301]"), e.getMessage());
    assertFalse(Files.exists(out()));
  }

  @Test
  void anInvalidPackageNameIsRefusedBeforeAnythingIsRead() throws Exception {
    Map<String, String> reasons = Map.of("Com.Example-Widgets", "is not a Java package name", "com.example.class",
        "holds the Java keyword 'class'", "", "is not a Java package name", "com..example", "is not a Java package name",
        "java.widgets", "is inside java, which belongs to the JDK", "javax.widgets", "is inside javax, which belongs to the JDK",
        "java", "is inside java, which belongs to the JDK");
    for (String bad : reasons.keySet()) {
      GenerateMojo m = mojo("valid");
      m.packageName = bad;
      MojoFailureException e = assertThrows(MojoFailureException.class, m::execute, bad);
      assertTrue(e.getMessage().contains("packageName '" + bad + "' " + reasons.get(bad)), e.getMessage());
      assertFalse(Files.exists(out()), bad);
      deleteTree(basedir.resolve("src"));
    }
  }

  @Test
  void skipGeneratesNothingAndAddsNoSourceRoot() throws Exception {
    GenerateMojo m = mojo("cycle");
    m.skip = true;
    m.execute();
    assertFalse(Files.exists(out()));
    assertTrue(project.getCompileSourceRoots().isEmpty());
    assertTrue(log.has("INFO", "graphdocs: skipped"), log.toString());
  }

  @Test
  void anOutputFolderThatWouldWipeTheProjectOrItsFoldersIsRefusedAndNothingIsTouched() throws Exception {
    GenerateMojo m = mojo("valid");
    Path ownSource = basedir.resolve("src/main/java/Keep.java");
    Path ownTest = basedir.resolve("src/test/java/KeepTest.java");
    Path ownResource = basedir.resolve("src/main/resources/keep.properties");
    Path git = basedir.resolve(".git/HEAD");
    for (Path p : List.of(ownSource, ownTest, ownResource, git)) {
      Files.createDirectories(p.getParent());
      Files.writeString(p, "mine: " + p.getFileName());
    }
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("", "[GD502]"); // the project folder holds the docs
    cases.put("src", "[GD502]");
    cases.put("src/docs", "[GD502]");
    cases.put("src/main/java", "[GD507] the output folder is the project's source root src/main/java");
    cases.put("src/main/java/generated", "[GD507] the output folder lies inside the project's source root src/main/java");
    cases.put("src/test/java", "[GD507] the output folder is the project's test source root src/test/java");
    cases.put("src/main/resources", "[GD507] the output folder is the project's resource folder src/main/resources");
    cases.put(".git", "[GD507] the output folder is the version-control folder .git");
    cases.put(".git/graphdocs", "[GD507] the output folder lies inside the version-control folder .git");
    cases.put("target", "[GD507] the output folder is the build folder target");
    cases.put("target/classes", "[GD507] the output folder is the classes folder target/classes");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      m.outputDirectory = basedir.resolve(c.getKey()).toFile();
      MojoFailureException e = assertThrows(MojoFailureException.class, m::execute, c.getKey());
      assertTrue(e.getMessage().startsWith("graphdocs: outputDirectory "), e.getMessage());
      assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + ": " + e.getMessage());
      assertTrue(e.getMessage().endsWith("nothing was generated and nothing in it was touched"), e.getMessage());
      assertTrue(log.any("ERROR"), log.toString());
    }
    for (Path p : List.of(ownSource, ownTest, ownResource, git)) {
      assertEquals("mine: " + p.getFileName(), Files.readString(p));
    }
    assertTrue(Files.isRegularFile(basedir.resolve("src/docs/resources/widget.md")));
    assertFalse(Files.exists(basedir.resolve("target")), "nothing was created");
    assertTrue(project.getCompileSourceRoots().isEmpty());
  }

  @Test
  void anOutputFolderHoldingSomeoneElsesFilesIsRefusedEvenWhenTheFingerprintMatches() throws Exception {
    mojo("valid").execute();
    Path mine = Files.writeString(out().resolve("Mine.java"), "class Mine {}");
    GenerateMojo again = mojo("valid");
    MojoFailureException e = assertThrows(MojoFailureException.class, again::execute);
    assertTrue(e.getMessage().contains("[GD506] the output folder holds Mine.java, which graphdocs did not write"), e.getMessage());
    assertTrue(e.getMessage().contains("mvn clean removes it"), e.getMessage());
    assertEquals("class Mine {}", Files.readString(mine));
  }

  @Test
  void anEmptyDocsFolderFailsTheBuildNamingItAndKeepsThePreviousOutput() throws Exception {
    GenerateMojo m = mojo("valid");
    Path previous = previousOutput();
    Path empty = Files.createDirectories(basedir.resolve("src/no-docs"));
    m.docsDirectory = empty.toFile();
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(e.getMessage().startsWith("graphdocs: 1 error in src/no-docs: src/no-docs: [GD106] the docs folder holds no .md page"),
        e.getMessage());
    assertEquals("class Previous {}", Files.readString(previous));
    assertEquals(List.of(previous), javaFiles(out()));
  }

  @Test
  void aFileNameWithANewlineIsOneEscapedLogLine() throws Exception {
    GenerateMojo m = mojo("valid");
    Files.write(basedir.resolve("src/docs/resources/x.md\n[ERROR] forged.md"), new byte[] {'P', 0, 0});
    m.execute();
    assertTrue(log.has("WARN", "src/docs/resources/x.md\\n[ERROR] forged.md: [GD103]"), log.toString());
    assertTrue(log.toString().lines().noneMatch(l -> l.startsWith("[ERROR] forged")), log.toString());
  }

  @Test
  void aMissingDocsFolderFailsTheBuild() throws Exception {
    GenerateMojo m = mojo("valid");
    m.docsDirectory = new File(basedir.toFile(), "no-such-docs");
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(log.has("ERROR", "[GD100]"), log.toString());
    assertTrue(e.getMessage().contains("[GD100]"), e.getMessage());
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }

  /** Keeps every log line as {@code LEVEL text}; reports debug as enabled only when asked. */
  static final class CapturingLog extends SystemStreamLog {
    private final List<String> lines = new ArrayList<>();
    boolean debug;

    @Override
    public boolean isDebugEnabled() {
      return debug;
    }

    boolean has(String level, String prefix) {
      return lines.stream().anyMatch(l -> l.startsWith(level + " " + prefix)
          || (l.startsWith(level + " ") && l.contains(prefix) && prefix.startsWith("[")));
    }

    boolean any(String level) {
      return lines.stream().anyMatch(l -> l.startsWith(level + " "));
    }

    @Override
    public void debug(CharSequence content) {
      lines.add("DEBUG " + content);
    }

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("WARN " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("ERROR " + content);
    }

    @Override
    public String toString() {
      return String.join("\n", lines);
    }
  }

  @Test
  void theOutputCanBeATestSourceRootInstead() throws Exception {
    GenerateMojo m = mojo("valid");
    m.addCompileSourceRoot = false;
    m.addTestCompileSourceRoot = true;
    m.execute();
    assertTrue(project.getCompileSourceRoots().isEmpty(), project.getCompileSourceRoots().toString());
    assertEquals(List.of(out().toString()), project.getTestCompileSourceRoots());
  }

  @Test
  void inAnIdeUnchangedDocsCostNothingAndTheOutputIsRefreshedAfterAChange() throws Exception {
    RecordingBuildContext ide = new RecordingBuildContext();
    GenerateMojo m = mojo("warning");
    m.buildContext = ide;
    m.execute();
    assertEquals(List.of(out().toFile()), ide.refreshed);
    assertTrue(ide.messages.stream().anyMatch(s -> s.startsWith("warning gadget.md:15:1 [GD301]")), ide.messages.toString());
    Path gadget = out().resolve("com/example/widgets/Gadget.java");
    Files.writeString(gadget, "// not regenerated\n");

    ide.docsChanged = false;
    ide.refreshed.clear();
    GenerateMojo again = mojo("warning");
    again.buildContext = ide;
    again.fingerprintFile = null; // only the build context can tell that nothing changed
    again.execute();
    assertTrue(log.has("INFO", "graphdocs: up to date (no docs changed)"), log.toString());
    assertEquals("// not regenerated\n", Files.readString(gadget));
    assertTrue(ide.refreshed.isEmpty());
    assertEquals(List.of(out().toString()), project.getCompileSourceRoots());
  }

  /** In an IDE whose build context sees no change in the docs, a change of options alone still regenerates. */
  @Test
  void inAnIdeAChangeOfOptionsAloneRegenerates() throws Exception {
    RecordingBuildContext ide = new RecordingBuildContext();
    GenerateMojo first = mojo("valid");
    first.buildContext = ide;
    first.execute();
    ide.docsChanged = false;
    Path widget = out().resolve("com/example/widgets/Widget.java");
    List<java.util.function.Consumer<GenerateMojo>> changes = List.of(
        m -> m.strict = true,
        m -> m.excludes = List.of("**/nothing-*.md"),
        m -> m.types = List.of("widget"),
        m -> m.withSubtypes = true,
        m -> m.builders = false,
        m -> m.packageName = "com.example.gadgets");
    for (int i = 0; i < changes.size(); i++) {
      Files.writeString(widget, "// stale\n");
      GenerateMojo changed = mojo("valid");
      changed.buildContext = ide;
      changed.fingerprintFile = null; // only the build context and the options can tell
      for (int j = 0; j <= i; j++) {
        changes.get(j).accept(changed);
      }
      if (i == changes.size() - 1) {
        widget = out().resolve("com/example/gadgets/Widget.java");
      }
      changed.execute();
      assertTrue(Files.isRegularFile(widget) && !Files.readString(widget).startsWith("// stale"),
          "option change " + i + " regenerates: " + log);
    }
    GenerateMojo same = mojo("valid");
    same.buildContext = ide;
    same.fingerprintFile = null;
    for (java.util.function.Consumer<GenerateMojo> c : changes) {
      c.accept(same);
    }
    Files.writeString(widget, "// stale\n");
    same.execute();
    assertTrue(Files.readString(widget).startsWith("// stale"), "the same options again: up to date");
  }

  @Test
  void includesAndExcludesAreOptionsOfTheFingerprint() throws Exception {
    mojo("warning").execute();
    Path gadget = out().resolve("com/example/widgets/Gadget.java");
    Files.writeString(gadget, "// stale\n");
    GenerateMojo excluding = mojo("warning");
    excluding.excludes = List.of("**/nothing-*.md");
    excluding.execute();
    assertFalse(Files.readString(gadget).startsWith("// stale"), "other page options: generated again");
  }

  @Test
  void unchangedDocsAndOptionsSkipGenerationAndKeepTheOutput() throws Exception {
    GenerateMojo m = mojo("valid");
    m.execute();
    Path widget = out().resolve("com/example/widgets/Widget.java");
    Files.writeString(widget, Files.readString(widget) + "// marker: the file is not rewritten\n");

    GenerateMojo again = mojo("valid");
    again.execute();

    assertTrue(log.has("INFO", "graphdocs: up to date"), log.toString());
    assertTrue(Files.readString(widget).endsWith("// marker: the file is not rewritten\n"));
    assertEquals(List.of(out().toString()), project.getCompileSourceRoots());
  }

  @Test
  void aGeneratedFileDeletedSinceTheLastRunIsGeneratedAgainThoughTheDocsAreUnchanged() throws Exception {
    mojo("valid").execute();
    Path widget = out().resolve("com/example/widgets/Widget.java");
    String generated = Files.readString(widget);
    Files.delete(widget);

    mojo("valid").execute();

    assertFalse(log.has("INFO", "graphdocs: up to date"), log.toString());
    assertTrue(log.has("INFO", "graphdocs: 1 generated file of the last run is missing from"), log.toString());
    assertEquals(generated, Files.readString(widget));
  }

  @Test
  void pagesWithNewTimesButTheSameBytesAreUpToDateAndTheStampTakesTheNewTimes() throws Exception {
    mojo("valid").execute();
    Path widget = out().resolve("com/example/widgets/Widget.java");
    Files.writeString(widget, "// not regenerated\n");
    Path page = basedir.resolve("src/docs/resources/widget.md");
    Path stamp = basedir.resolve("target/graphdocs.fingerprint");
    String before = Files.readString(stamp);
    Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(page).toMillis() + 60_000));

    mojo("valid").execute();

    assertTrue(log.has("INFO", "graphdocs: up to date"), log.toString());
    assertEquals("// not regenerated\n", Files.readString(widget));
    assertFalse(before.equals(Files.readString(stamp)), "the stamp lists the new time");
  }

  @Test
  void selectedTypesAreGeneratedAndAnUnknownOneFailsTheBuildWritingNothing() throws Exception {
    GenerateMojo m = mojo("valid");
    m.types = List.of("widget");
    m.execute();
    assertTrue(Files.isRegularFile(out().resolve("com/example/widgets/Widget.java")));
    assertTrue(Files.readString(out().resolve(OutputMarker.FILE_NAME)).contains("selection=types=widget"));

    GenerateMojo unknown = mojo("valid");
    unknown.types = List.of("gizmo");
    MojoFailureException e = assertThrows(MojoFailureException.class, unknown::execute);
    assertTrue(e.getMessage().contains("[GD130] the selected type 'gizmo' is not a type of the docs"), e.getMessage());
    assertTrue(Files.isRegularFile(out().resolve("com/example/widgets/Widget.java")), "the previous output stays");
  }

  @Test
  void buildersFalseGeneratesTheModelWithoutBuildersAndIsAnOptionOfTheFingerprint() throws Exception {
    mojo("valid").execute();
    Path widget = out().resolve("com/example/widgets/Widget.java");
    assertTrue(Files.readString(widget).contains("public static Builder<"), "builders by default");

    GenerateMojo without = mojo("valid");
    without.builders = false;
    without.execute();

    assertFalse(Files.readString(widget).contains("Builder"), Files.readString(widget));
    assertTrue(Files.readString(widget).contains("public void setSize("), Files.readString(widget));
    assertTrue(Files.readString(out().resolve(OutputMarker.FILE_NAME)).contains("option: builders=false"));
    GenerateMojo again = mojo("valid");
    again.builders = false;
    again.execute();
    assertTrue(log.has("INFO", "graphdocs: up to date"), log.toString());
  }

  @Test
  void aChangedPageOrOptionOrForceRegenerates() throws Exception {
    mojo("valid").execute();
    Path widget = out().resolve("com/example/widgets/Widget.java");

    Files.writeString(widget, "// stale\n");
    GenerateMojo changedPage = mojo("valid");
    Path page = basedir.resolve("src/docs/resources/widget.md");
    Files.writeString(page, Files.readString(page) + "\n");
    changedPage.execute();
    assertFalse(Files.readString(widget).startsWith("// stale"));

    Files.writeString(widget, "// stale\n");
    GenerateMojo changedOption = mojo("valid");
    Files.writeString(page, Files.readString(page) + "\n");
    changedOption.execute(); // same docs as the run before
    assertTrue(Files.readString(widget).startsWith("// stale"), "nothing changed: skipped");
    changedOption.strict = true;
    changedOption.execute();
    assertFalse(Files.readString(widget).startsWith("// stale"));

    Files.writeString(widget, "// stale\n");
    GenerateMojo forced = mojo("valid");
    forced.strict = true;
    Files.writeString(page, Files.readString(page) + "\n\n");
    forced.execute();
    Files.writeString(widget, "// stale\n");
    forced.force = true;
    forced.execute();
    assertFalse(Files.readString(widget).startsWith("// stale"));
  }


}
