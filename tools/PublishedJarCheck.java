import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Checks that a module's jars can be published as they are. Run by every published module at
 * {@code verify} (exec-maven-plugin, execution {@code check-published-jars} of the parent POM), as
 * {@code java tools/PublishedJarCheck.java TARGET FINAL_NAME MODULE_NAME EXTRA}:
 * <ul>
 *   <li>{@code FINAL_NAME.jar} holds classes; {@code FINAL_NAME-sources.jar} holds {@code .java}
 *       files and no classes; {@code FINAL_NAME-javadoc.jar} holds an {@code index.html};</li>
 *   <li>each of them has {@code Automatic-Module-Name: MODULE_NAME} in its manifest, a valid module
 *       name;</li>
 *   <li>{@code EXTRA} ({@code -} for none) lists more jars of the module as {@code file=Main-Class}
 *       ({@code file=-} for no main class), comma-separated: each exists, has the module name and,
 *       when given, the main class, which it contains.</li>
 * </ul>
 * Prints one line when all holds; otherwise every failure, and exits with 1.
 */
public final class PublishedJarCheck {
  private static final Pattern MODULE_NAME =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java PublishedJarCheck.java TARGET FINAL_NAME MODULE_NAME EXTRA");
      System.exit(2);
    }
    Path target = Path.of(args[0]);
    String finalName = args[1];
    String moduleName = args[2];
    PublishedJarCheck check = new PublishedJarCheck();
    List<String> checked = check.run(target, finalName, moduleName, args[3]);
    if (!check.failures.isEmpty()) {
      check.failures.forEach(f -> System.err.println("published jars: " + f));
      System.exit(1);
    }
    System.out.println("published jars of " + moduleName + ": " + String.join(", ", checked) + " (Automatic-Module-Name "
        + moduleName + ")");
  }

  List<String> run(Path target, String finalName, String moduleName, String extra) throws IOException {
    if (!MODULE_NAME.matcher(moduleName).matches() || moduleName.equals("unset.module.name")) {
      failures.add("'" + moduleName + "' is no module name: set the property graphdocs.moduleName in the module's POM");
    }
    List<String> checked = new ArrayList<>();
    checkJar(target.resolve(finalName + ".jar"), moduleName, null, Kind.CLASSES, checked);
    checkJar(target.resolve(finalName + "-sources.jar"), moduleName, null, Kind.SOURCES, checked);
    checkJar(target.resolve(finalName + "-javadoc.jar"), moduleName, null, Kind.JAVADOC, checked);
    if (!extra.isBlank() && !extra.equals("-")) {
      for (String item : extra.split(",")) {
        String[] fileAndMain = item.trim().split("=", 2);
        String main = fileAndMain.length < 2 || fileAndMain[1].equals("-") ? null : fileAndMain[1];
        checkJar(target.resolve(fileAndMain[0]), moduleName, main, Kind.CLASSES, checked);
      }
    }
    return checked;
  }

  private enum Kind { CLASSES, SOURCES, JAVADOC }

  private void checkJar(Path jar, String moduleName, String mainClass, Kind kind, List<String> checked) throws IOException {
    String name = jar.getFileName().toString();
    if (!Files.isRegularFile(jar)) {
      failures.add(name + " is missing in " + jar.getParent());
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
      String automatic = main.getValue("Automatic-Module-Name");
      if (!moduleName.equals(automatic)) {
        failures.add(name + ": Automatic-Module-Name is " + (automatic == null ? "absent" : "'" + automatic + "'")
            + ", not '" + moduleName + "'");
      }
      List<String> entries = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
      boolean classes = entries.stream().anyMatch(e -> e.endsWith(".class"));
      switch (kind) {
        case CLASSES -> {
          if (!classes) {
            failures.add(name + " holds no classes");
          }
        }
        case SOURCES -> {
          if (entries.stream().noneMatch(e -> e.endsWith(".java"))) {
            failures.add(name + " holds no .java files");
          }
          if (classes) {
            failures.add(name + " holds classes");
          }
        }
        case JAVADOC -> {
          if (!entries.contains("index.html")) {
            failures.add(name + " has no index.html");
          }
        }
      }
      if (mainClass != null) {
        if (!mainClass.equals(main.getValue(Attributes.Name.MAIN_CLASS))) {
          failures.add(name + ": Main-Class is '" + main.getValue(Attributes.Name.MAIN_CLASS) + "', not '" + mainClass + "'");
        }
        if (!entries.contains(mainClass.replace('.', '/') + ".class")) {
          failures.add(name + " does not hold its main class " + mainClass);
        }
      }
    }
    checked.add(name);
  }
}
