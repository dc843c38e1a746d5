package io.github.graphdocs.maven;

import io.github.graphdocs.pipeline.ProgressListener;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** A run's progress at debug level ({@code -X}): one line as each step starts and as it ends. */
final class ProgressLog implements ProgressListener {
  private final Log log;

  ProgressLog(Log log) {
    this.log = log;
  }

  @Override
  public void progress(Step step, int done, int total) {
    if (!log.isDebugEnabled()) {
      return;
    }
    if (done == 0) {
      log.debug("graphdocs: " + step.doing() + (step.countsItems() ? String.format(Locale.ROOT, " (%,d)", total) : ""));
    } else if (done == total) {
      log.debug("graphdocs: " + (step.countsItems() ? String.format(Locale.ROOT, "%,d ", done) : "") + step.done());
    }
  }
}
