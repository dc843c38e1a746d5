package io.github.graphdocs.pipeline;

/**
 * What a long run reports while it works, for someone waiting on it: the step it is in and how far
 * that step got (pages read, types emitted, examples checked). Knows nothing of terminals or logs: the
 * CLI draws it on standard error, the Maven plugin logs it at debug level.
 *
 * <p>Each step starts with {@code done == 0} and ends with {@code done == total}; steps without
 * countable items (analysis, compilation) count one item. Calls come from any thread (pages are read
 * and examples checked in parallel), in increasing {@code done} per thread but not across threads,
 * so implementations must be thread-safe and cheap; they are never told anything about the docs
 * themselves, only counts.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Reports nothing. */
  ProgressListener NONE = (step, done, total) -> { };

  /** The steps of a run, in the order they run. */
  enum Step {
    READING_PAGES("reading pages", "pages read", true),
    ANALYSING("analysing the schema", "schema analysed", false),
    EMITTING_TYPES("emitting types", "types emitted", true),
    COMPILING_MODEL("compiling the model", "model compiled", false),
    CHECKING_EXAMPLES("checking examples", "examples checked", true);

    private final String doing;
    private final String done;
    private final boolean countsItems;

    Step(String doing, String done, boolean countsItems) {
      this.doing = doing;
      this.done = done;
      this.countsItems = countsItems;
    }

    /** Whether the step counts items (pages, types, examples); the others count one item, the step itself. */
    public boolean countsItems() {
      return countsItems;
    }

    /** {@code reading pages}: what the step is doing. */
    public String doing() {
      return doing;
    }

    /** {@code pages read}: what its count counts. */
    public String done() {
      return done;
    }
  }

  /** {@code done} of {@code total} items of {@code step} are done. */
  void progress(Step step, int done, int total);

  /** Reports a step that has no countable items: started, then finished when {@code work} returns. */
  default <T> T around(Step step, java.util.function.Supplier<T> work) {
    progress(step, 0, 1);
    try {
      return work.get();
    } finally {
      progress(step, 1, 1);
    }
  }
}
