package io.github.graphdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

  /** Started by the test in a second JVM: exits 0 only when it runs with the batch flags. */
  public static final class FlagsProbe {
    public static void main(String[] args) {
      var jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
      boolean tuned = jvmArgs.containsAll(BatchJvm.FLAGS) && System.getProperty(BatchJvm.CHILD_PROPERTY) != null;
      System.exit(tuned ? Integer.parseInt(args[0]) : 99);
    }
  }

  @Test
  void theSecondJvmRunsWithTheBatchFlagsAndItsExitCodeIsPassedOn() {
    assertEquals(0, BatchJvm.run(FlagsProbe.class.getName(), new String[] {"0"}));
    assertEquals(7, BatchJvm.run(FlagsProbe.class.getName(), new String[] {"7"}));
  }

  @Test
  void theSecondJvmNeverForksAgain() {
    String old = System.getProperty(BatchJvm.CHILD_PROPERTY);
    System.setProperty(BatchJvm.CHILD_PROPERTY, "true");
    try {
      assertFalse(BatchJvm.wanted());
    } finally {
      if (old == null) {
        System.clearProperty(BatchJvm.CHILD_PROPERTY);
      } else {
        System.setProperty(BatchJvm.CHILD_PROPERTY, old);
      }
    }
  }

  @Test
  void forkCanBeTurnedOff() {
    System.setProperty("graphdocs.fork", "false");
    try {
      assertFalse(BatchJvm.wanted());
    } finally {
      System.clearProperty("graphdocs.fork");
    }
  }

  @Test
  void heapStackPropertiesAndAssertionsArePassedOnButNotOtherJvmOptions() {
    assertEquals(java.util.List.of("-Xmx2g", "-Dx=y", "-Xss4m", "-ea"),
        BatchJvm.passedOn(java.util.List.of("-Xmx2g", "-XX:+UseG1GC", "-Dx=y", "-javaagent:a.jar", "-Xss4m", "-ea")));
  }
}
