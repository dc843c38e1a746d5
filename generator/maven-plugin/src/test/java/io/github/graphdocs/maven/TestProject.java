package io.github.graphdocs.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** A project folder in a temporary directory, with {@code src/test/resources/docs/<name>} copied to {@code src/docs}. */
final class TestProject {
  private TestProject() {}

  static MavenProject create(Path basedir, String docs) throws IOException, URISyntaxException {
    copyTree(Path.of(TestProject.class.getResource("/docs/" + docs).toURI()), basedir.resolve("src/docs"));
    MavenProject project = new MavenProject();
    project.setFile(basedir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(basedir.resolve("target").toString());
    project.getBuild().setSourceDirectory(basedir.resolve("src/main/java").toString());
    project.getBuild().setTestSourceDirectory(basedir.resolve("src/test/java").toString());
    project.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
    Resource resources = new Resource();
    resources.setDirectory(basedir.resolve("src/main/resources").toString());
    project.getBuild().addResource(resources);
    return project;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.collect(Collectors.toList())) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
