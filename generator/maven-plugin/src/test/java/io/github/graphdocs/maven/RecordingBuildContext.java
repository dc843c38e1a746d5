package io.github.graphdocs.maven;

import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.Scanner;
import org.sonatype.plexus.build.incremental.BuildContext;

/** An IDE's build context as m2e gives one: whether the docs changed is set by the test; refreshes and markers are recorded. */
final class RecordingBuildContext implements BuildContext {
  boolean docsChanged = true;
  final List<File> refreshed = new ArrayList<>();
  final List<String> messages = new ArrayList<>();
  final List<File> cleared = new ArrayList<>();
  private final Map<String, Object> values = new HashMap<>();

  @Override
  public boolean hasDelta(String relpath) {
    return docsChanged;
  }

  @Override
  public boolean hasDelta(File file) {
    return docsChanged;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public boolean hasDelta(List relpaths) {
    return docsChanged;
  }

  @Override
  public void refresh(File file) {
    refreshed.add(file);
  }

  @Override
  public OutputStream newFileOutputStream(File file) {
    throw new UnsupportedOperationException("graphdocs writes through its own atomic writer");
  }

  @Override
  public Scanner newScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newDeleteScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newScanner(File basedir, boolean ignoreDelta) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isIncremental() {
    return true;
  }

  @Override
  public void setValue(String key, Object value) {
    values.put(key, value);
  }

  @Override
  public Object getValue(String key) {
    return values.get(key);
  }

  @Override
  @Deprecated
  public void addWarning(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_WARNING, cause);
  }

  @Override
  @Deprecated
  public void addError(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_ERROR, cause);
  }

  @Override
  public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
    messages.add((severity == SEVERITY_ERROR ? "error " : "warning ") + file.getName() + ":" + line + ":" + column + " " + message);
  }

  @Override
  public void removeMessages(File file) {
    cleared.add(file);
  }

  @Override
  public boolean isUptodate(File target, File source) {
    return false;
  }
}
