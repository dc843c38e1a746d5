"""The Maven plugin's up-to-date check, measured inside Maven, for bench/run.

A tiny consumer project (made in a temporary folder) runs graphdocs:generate on the docs folder. Its
first build generates; every later build finds the docs, options and generator unchanged and skips.
The cost of a skipped execution is read from Maven's own log with timestamps: from the line Maven
prints when the mojo starts (`--- graphdocs-maven-plugin:...:generate`, or `--- graphdocs:...` in
Maven 3.9, printed before the plugin's class realm is set up) to the end of the build (the mojo is the build's only one). The same build with
-Dgraphdocs.skip=true gives the plugin's fixed cost (class realm, configuration) for comparison.

The plugin and its reactor dependencies are copied from this checkout's target folders into a private
local repository (WORK/m2), never into ~/.m2; everything else is read from ~/.m2 as a remote
repository, as the plugin's invoker ITs do.
"""
import os
import re
import shutil

import measure

STAMP = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) ")
# Maven 3.8 names the plugin by its artifactId, 3.9 by its goal prefix
MOJO_START = re.compile(r"\[INFO\] --- (graphdocs-maven-plugin|graphdocs):[^ ]*:generate ")
BUILD_END = re.compile(r"\[INFO\] BUILD (SUCCESS|FAILURE)")
TIMESTAMPS = ["-Dorg.slf4j.simpleLogger.showDateTime=true",
              "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"]

SETTINGS = """<settings>
  <profiles>
    <profile>
      <id>user-repo</id>
      <repositories>
        <repository><id>user.local</id><url>{url}</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>user.local</id><url>{url}</url>
          <releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>user-repo</activeProfile></activeProfiles>
</settings>
"""

CONSUMER = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench.graphdocs</groupId>
  <artifactId>graphdocs-bench-consumer</artifactId>
  <version>1</version>
  <description>bench/run: an application build that generates its model from the whole docs folder.</description>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.graphdocs</groupId>
        <artifactId>graphdocs-maven-plugin</artifactId>
        <version>{version}</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
            <configuration><docsDirectory>{docs}</docsDirectory></configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
"""


def _text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _own_coordinates(pom):
    """(artifactId, packaging) of a module pom: the first ones outside its <parent> element."""
    body = re.sub(r"(?s)<parent>.*?</parent>", "", re.sub(r"(?s)<!--.*?-->", "", pom), count=1)
    artifact = re.search(r"<artifactId>([^<]+)</artifactId>", body).group(1).strip()
    packaging = re.search(r"<packaging>([^<]+)</packaging>", body)
    return artifact, packaging.group(1).strip() if packaging else "jar"


def reactor_version(root):
    pom = re.sub(r"(?s)<!--.*?-->", "", _text(os.path.join(root, "pom.xml")))
    return re.search(r"<version>([^<]+)</version>", pom).group(1).strip()


def install_reactor(root, repo, version):
    """Copies the root pom and every built module (pom and jar) into the private repository."""
    root_pom = _text(os.path.join(root, "pom.xml"))
    modules = re.findall(r"<module>([^<]+)</module>", re.sub(r"(?s)<!--.*?-->", "", root_pom))
    entries = [(os.path.join(root, "pom.xml"), None, *_own_coordinates(root_pom))]
    for m in modules:
        pom_path = os.path.join(root, m, "pom.xml")
        if os.path.isfile(pom_path):
            artifact, packaging = _own_coordinates(_text(pom_path))
            jar = os.path.join(root, m, "target", f"{artifact}-{version}.jar")
            if packaging == "pom" or os.path.isfile(jar):
                entries.append((pom_path, jar if packaging != "pom" else None, artifact, packaging))
    for pom_path, jar, artifact, _ in entries:
        folder = os.path.join(repo, "io", "github", "graphdocs", artifact, version)
        os.makedirs(folder, exist_ok=True)
        shutil.copyfile(pom_path, os.path.join(folder, f"{artifact}-{version}.pom"))
        if jar:
            shutil.copyfile(jar, os.path.join(folder, f"{artifact}-{version}.jar"))


def _millis(line):
    m = STAMP.match(line)
    if not m:
        return None
    h, mi, s, ms = map(int, m.groups())
    return ((h * 60 + mi) * 60 + s) * 1000 + ms


def mojo_millis(log_path):
    """Milliseconds from the graphdocs mojo's start line to the end of the build, from Maven's log."""
    start = end = None
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if start is None and MOJO_START.search(line):
                start = _millis(line)
            elif start is not None and BUILD_END.search(line):
                end = _millis(line)
                break
    if start is None or end is None:
        raise measure.CommandFailed(f"no timestamped graphdocs mojo start and build end in {log_path}")
    return (end - start) % (24 * 3600 * 1000)


class MavenCheck:
    def __init__(self, root, work, tmp, docs, logs):
        self.root = root
        self.repo = os.path.join(work, "m2")
        self.settings = os.path.join(work, "m2-settings.xml")
        self.project = os.path.join(tmp, "consumer")
        self.docs = os.path.abspath(docs)
        self.logs = logs
        self.runs = 0
        # the build's own Maven: bench/run passes the wrapper, else the checkout's mvnw, else mvn
        wrapper = os.path.join(root, "mvnw")
        self.mvn = os.environ.get("GRAPHDOCS_BENCH_MVN") or (wrapper if os.access(wrapper, os.X_OK) else "mvn")

    def prepare(self):
        version = reactor_version(self.root)
        user_repo = os.environ.get("GRAPHDOCS_BENCH_USER_REPO", os.path.expanduser("~/.m2/repository"))
        with open(self.settings, "w", encoding="utf-8") as f:
            f.write(SETTINGS.format(url="file://" + user_repo))
        install_reactor(self.root, self.repo, version)
        os.makedirs(self.project, exist_ok=True)
        with open(os.path.join(self.project, "pom.xml"), "w", encoding="utf-8") as f:
            f.write(CONSUMER.format(version=version, docs=self.docs))
        log = os.path.join(self.logs, "maven-first.log")
        measure.run(self._mvn(offline=False), log)  # generates; fetches what the private repo lacks
        if "graphdocs: up to date" in _text(log) or "Java files to" not in _text(log):
            raise measure.CommandFailed(f"the consumer's first build did not generate; see {log}")

    def _mvn(self, offline=True, skip=False):
        cmd = [self.mvn, "-B", "-s", self.settings, f"-Dmaven.repo.local={self.repo}", "-f",
               os.path.join(self.project, "pom.xml"), *TIMESTAMPS, "generate-sources"]
        if offline:
            cmd.insert(1, "-o")
        if skip:
            cmd.append("-Dgraphdocs.skip=true")
        return cmd

    def build(self, skip):
        """One timed build: (whole-process Sample, milliseconds of the graphdocs mojo)."""
        self.runs += 1
        log = os.path.join(self.logs, f"maven-{'skip' if skip else 'uptodate'}-{self.runs}.log")
        sample, _ = measure.run(self._mvn(skip=skip), log)
        expected = "graphdocs: skipped" if skip else "graphdocs: up to date"
        if expected not in _text(log):
            raise measure.CommandFailed(f"expected '{expected}' in {log}")
        return sample, mojo_millis(log)

