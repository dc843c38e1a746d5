package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graphdocs.pipeline.ProgressListener.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress on standard error: one redrawn line on a terminal, periodic lines elsewhere, nothing with --quiet. */
class ProgressTest {
  private static final String ERASE = "\r\u001b[K";
  @TempDir Path tmp;

  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private ProgressPrinter printer(ProgressPrinter.Mode mode) {
    return new ProgressPrinter(new PrintWriter(err), mode, now::get);
  }

  private void at(long millis) {
    now.set(millis * 1_000_000L);
  }

  @Test
  void aTerminalGetsOneLineRedrawnAtMostTenTimesASecondAndErasedAtTheEnd() {
    ProgressPrinter p = printer(ProgressPrinter.Mode.TERMINAL);
    at(10);
    p.progress(Step.READING_PAGES, 0, 3341); // a quick start draws nothing yet
    at(150);
    p.progress(Step.READING_PAGES, 1234, 3341);
    at(200);
    p.progress(Step.READING_PAGES, 1300, 3341); // 50 ms later: not redrawn
    at(260);
    p.progress(Step.READING_PAGES, 3341, 3341);
    p.progress(Step.ANALYSING, 0, 1); // a new step is drawn at once
    p.close();
    assertEquals(ERASE + "graphdocs: reading pages 1,234/3,341" + ERASE + "graphdocs: reading pages 3,341/3,341"
        + ERASE + "graphdocs: analysing the schema..." + ERASE, err.toString());
    assertFalse(err.toString().contains("\n"), "never a new line");
  }

  @Test
  void aQuickRunOnATerminalShowsNothing() {
    ProgressPrinter p = printer(ProgressPrinter.Mode.TERMINAL);
    p.progress(Step.READING_PAGES, 0, 2);
    p.progress(Step.READING_PAGES, 2, 2);
    p.close();
    assertEquals("", err.toString());
  }

  @Test
  void elsewhereALongRunGetsAPlainLineEveryFewSeconds() {
    ProgressPrinter p = printer(ProgressPrinter.Mode.LOG);
    at(1000);
    p.progress(Step.READING_PAGES, 100, 3341);
    at(3100);
    p.progress(Step.READING_PAGES, 3000, 3341);
    at(4000);
    p.progress(Step.CHECKING_EXAMPLES, 10, 1337);
    at(6200);
    p.progress(Step.CHECKING_EXAMPLES, 1, 1337);
    p.close();
    assertEquals("graphdocs: reading pages 3,000/3,341\ngraphdocs: checking examples 1/1,337\n", err.toString());
  }

  @Test
  void offShowsNothing() {
    ProgressPrinter p = printer(ProgressPrinter.Mode.OFF);
    at(10_000);
    p.progress(Step.READING_PAGES, 1, 2);
    p.close();
    assertEquals("", err.toString());
  }

  /** A clock that moves five seconds at each reading: every report is due, in either mode. */
  private static LongSupplier slowClock() {
    AtomicLong t = new AtomicLong();
    return () -> t.addAndGet(5_000_000_000L);
  }

  private String run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter e = new StringWriter();
    GraphDocsCommand.execute(args, new PrintWriter(out), new PrintWriter(e), terminal, slowClock());
    return e.toString();
  }

  @Test
  void checkReportsPagesReadAndAnalysisOnTheTerminalLineAndErasesIt() {
    String docs = CliRun.warningDocs(tmp.resolve("docs")).toString();
    String shown = run(true, "check", "--docs", docs);
    assertTrue(shown.startsWith(ERASE + "graphdocs: reading pages 0/2"), shown);
    assertTrue(shown.contains(ERASE + "graphdocs: reading pages 2/2"), shown);
    assertTrue(shown.contains(ERASE + "graphdocs: analysing the schema..." + ERASE), shown);
    assertEquals(ERASE, shown.substring(shown.length() - ERASE.length()), "the line is erased before the findings");
  }

  @Test
  void generateReportsTypesEmittedAsPlainLinesInALog() {
    Path docs = CliRun.warningDocs(tmp.resolve("docs"));
    String shown = run(false, "generate", "--docs", docs.toString(), "--out", tmp.resolve("out").toString());
    assertTrue(shown.contains("graphdocs: emitting types 3/3\n"), shown);
    assertFalse(shown.contains("\r"), shown);
  }

  @Test
  void verifyReportsCompilationAndExamplesChecked() {
    Path docs = CliRun.write(tmp, "docs/resources/thing.md", CliRun.EXAMPLE_PAGE).getParent().getParent();
    String shown = run(false, "verify", "--docs", docs.toString());
    assertTrue(shown.contains("graphdocs: compiling the model...\n"), shown);
    assertTrue(shown.contains("graphdocs: checking examples 0/1\ngraphdocs: checking examples 1/1\n"), shown);
  }

  @Test
  void quietShowsNoProgress() {
    String docs = CliRun.warningDocs(tmp.resolve("docs")).toString();
    assertFalse(run(true, "check", "--quiet", "--docs", docs).contains("graphdocs:"));
    assertFalse(run(false, "check", "-q", "--docs", docs).contains("graphdocs:"));
  }
}
