package io.github.graphdocs.cli;

import io.github.graphdocs.pipeline.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Draws a run's progress on standard error. On a terminal: one line, redrawn in place at most ten
 * times a second ({@code graphdocs: reading pages 1,234/3,341}) and erased when the run ends, so that
 * nothing of it stays between the findings. Elsewhere (a pipe, a file, a CI log): a plain line every
 * few seconds of a long run, nothing for a short one. Off with {@code --quiet}.
 */
final class ProgressPrinter implements ProgressListener, AutoCloseable {
  /** How progress is shown. */
  enum Mode { OFF, TERMINAL, LOG }

  static final long REDRAW_NANOS = 100_000_000L;
  static final long LOG_PERIOD_NANOS = 3_000_000_000L;
  private static final String ERASE_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final Mode mode;
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private boolean lineShown;
  private Step step;

  ProgressPrinter(PrintWriter err, Mode mode, LongSupplier nanoClock) {
    this.err = err;
    this.mode = mode;
    this.clock = nanoClock;
    this.started = nanoClock.getAsLong();
    this.lastShown = started;
  }

  @Override
  public synchronized void progress(Step step, int done, int total) {
    if (mode == Mode.OFF) {
      return;
    }
    boolean newStep = step != this.step;
    this.step = step;
    long now = clock.getAsLong();
    if (mode == Mode.TERMINAL) {
      // the first drawing waits a moment too, so that a quick run shows nothing at all
      if (now - lastShown >= REDRAW_NANOS || (newStep && lineShown)) {
        err.print(ERASE_LINE + text(step, done, total));
        err.flush();
        lineShown = true;
        lastShown = now;
      }
    } else if (now - lastShown >= LOG_PERIOD_NANOS) {
      err.println(text(step, done, total));
      err.flush();
      lastShown = now;
    }
  }

  /** {@code graphdocs: reading pages 1,234/3,341}, or {@code graphdocs: compiling the model...} for a step without items. */
  static String text(Step step, int done, int total) {
    if (!step.countsItems()) {
      return "graphdocs: " + step.doing() + "...";
    }
    return String.format(Locale.ROOT, "graphdocs: %s %,d/%,d", step.doing(), done, total);
  }

  /** Erases the terminal line, if one was drawn. */
  @Override
  public synchronized void close() {
    if (lineShown) {
      err.print(ERASE_LINE);
      err.flush();
      lineShown = false;
    }
  }
}
