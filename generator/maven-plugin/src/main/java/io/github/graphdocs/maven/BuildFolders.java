package io.github.graphdocs.maven;

import io.github.graphdocs.output.OutputFolder;
import io.github.graphdocs.output.ProtectedFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * The Maven-specific part of the output rule: the folders of the build that the output folder may
 * never replace, whatever they hold and whatever a marker says. Every compile, test and resource root
 * and the classes folders (the output may not be, hold or lie in them), every {@code .git},
 * {@code .hg} and {@code .svn} folder of the project or above it (likewise), and the project folder,
 * its {@code src} folder and its build folder (the output may lie in them, never be or hold them).
 * The rest of the rule is the core's ({@link OutputFolder}).
 */
final class BuildFolders {
  private BuildFolders() {}

  static OutputFolder protect(OutputFolder folder, MavenProject project, Path out, MavenDiagnosticLog log) {
    List<ProtectedFolder> all = new ArrayList<>();
    Path basedir = project.getBasedir() == null ? null : absolute(project.getBasedir().toPath());
    if (basedir != null) {
      all.add(ProtectedFolder.itself(basedir, "the project folder " + basedir));
      all.add(ProtectedFolder.itself(basedir.resolve("src"), "the project's src folder"));
      for (Path p = basedir; p != null; p = p.getParent()) {
        for (String vcs : List.of(".git", ".hg", ".svn")) {
          all.add(ProtectedFolder.withContents(p.resolve(vcs), "the version-control folder " + log.display(p.resolve(vcs))));
        }
      }
    }
    Build build = project.getBuild();
    if (build != null) {
      itself(all, build.getDirectory(), "the build folder", log);
      contents(all, build.getOutputDirectory(), "the classes folder", log);
      contents(all, build.getTestOutputDirectory(), "the test classes folder", log);
      contents(all, build.getSourceDirectory(), "the project's source root", log);
      contents(all, build.getTestSourceDirectory(), "the project's test source root", log);
      contents(all, build.getScriptSourceDirectory(), "the project's script folder", log);
      for (Resource r : build.getResources()) {
        contents(all, r.getDirectory(), "the project's resource folder", log);
      }
      for (Resource r : build.getTestResources()) {
        contents(all, r.getDirectory(), "the project's test resource folder", log);
      }
    }
    // roots other plugins added; the output folder itself is one of them when graphdocs already ran
    // in this build, and is then not refused (the build's own source folders are, above)
    for (String root : project.getCompileSourceRoots()) {
      if (!isOut(root, out)) {
        contents(all, root, "a compile source root of the project", log);
      }
    }
    for (String root : project.getTestCompileSourceRoots()) {
      if (!isOut(root, out)) {
        contents(all, root, "a test source root of the project", log);
      }
    }
    OutputFolder protectedFolder = folder;
    for (ProtectedFolder p : all) {
      protectedFolder = protectedFolder.protecting(p);
    }
    return protectedFolder;
  }

  private static void itself(List<ProtectedFolder> all, String path, String what, MavenDiagnosticLog log) {
    if (path != null && !path.isBlank()) {
      Path p = absolute(Path.of(path));
      all.add(ProtectedFolder.itself(p, what + " " + log.display(p)));
    }
  }

  private static void contents(List<ProtectedFolder> all, String path, String what, MavenDiagnosticLog log) {
    if (path != null && !path.isBlank()) {
      Path p = absolute(Path.of(path));
      all.add(ProtectedFolder.withContents(p, what + " " + log.display(p)));
    }
  }

  private static boolean isOut(String root, Path out) {
    return root != null && !root.isBlank() && absolute(Path.of(root)).equals(out);
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
