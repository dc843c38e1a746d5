package io.github.graphdocs.javagen;

import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The limits of the JVM that the emitted model must stay within, checked before anything is emitted:
 * an enum's class initializer (one constant costs 9 bytes of the 64 KiB a method may hold), a
 * class's constant pool (65,535 entries; a property costs about seven), and the depth of inheritance
 * javac can compile. A type past a limit is a located error (GD410) naming the limit, instead of a
 * javac failure. Run by the naming pass ({@link ModelNames#allocate}), so that {@code check} finds it too.
 */
final class ModelSizeLimits {
  /** Enum members one class holds: 9 bytes each in a 65,535-byte class initializer, with room to spare. */
  static final int MAX_ENUM_MEMBERS = 7_000;
  /** Properties one class declares: about seven constant pool entries each of 65,535. */
  static final int MAX_PROPERTIES = 8_000;
  /**
   * Levels of inheritance: javac's time and memory grow with the square of the depth (measured: 300
   * levels take 50 s and 1.1 GB, 600 levels 170 s and 4.4 GB, 1,500 levels overflow its stack).
   */
  static final int MAX_DEPTH = 200;

  private ModelSizeLimits() {}

  /** Reports each type past a limit; returns whether the model can be emitted. */
  static boolean check(Schema schema, ModelNames names, DiagnosticCollector diagnostics) {
    boolean ok = true;
    TypeDef deepest = null;
    int deepestDepth = 0;
    Map<String, Integer> depths = new HashMap<>();
    for (TypeDef t : schema.types()) {
      int depth = depth(t, names, depths);
      if (depth > deepestDepth) {
        deepest = t;
        deepestDepth = depth;
      }
    }
    if (deepestDepth > MAX_DEPTH) {
      diagnostics.report(DiagnosticCode.MODEL_SIZE_LIMIT, deepest.source(), "type " + deepest.name() + " has "
          + deepestDepth + " levels of base types; the model supports at most " + MAX_DEPTH + " (javac's time and memory"
          + " grow with the square of the depth, and it overflows its stack at about 1,500); shorten the chain in the docs");
      ok = false;
    }
    for (TypeDef t : schema.types()) {
      if (t.kind() == TypeKind.ENUM && t.members().size() > MAX_ENUM_MEMBERS) {
        diagnostics.report(DiagnosticCode.MODEL_SIZE_LIMIT, t.source(), "enum " + t.name() + " has " + t.members().size()
            + " members; a Java class holds at most " + MAX_ENUM_MEMBERS + " (the JVM limits a class initializer to 64 KiB"
            + " of code); split the enum in the docs");
        ok = false;
      } else if (t.kind() != TypeKind.ENUM && t.properties().size() > MAX_PROPERTIES) {
        diagnostics.report(DiagnosticCode.MODEL_SIZE_LIMIT, t.source(), "type " + t.name() + " has "
            + t.properties().size() + " properties; a Java class holds at most " + MAX_PROPERTIES
            + " (the JVM limits a class to 65,535 constant pool entries); split the type in the docs");
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The number of base types above {@code t}, each type's depth computed once (a chain of n types
   * costs n steps, not n squared). A cycle (an error the analysis reports) ends where it closes.
   */
  private static int depth(TypeDef t, ModelNames names, Map<String, Integer> depths) {
    List<TypeDef> path = new ArrayList<>();
    Set<String> onPath = new HashSet<>();
    int above = -1;
    for (TypeDef c = t; c != null; c = names.baseOf(c)) {
      Integer known = depths.get(c.lowerName());
      if (known != null) {
        above = known;
        break;
      }
      if (!onPath.add(c.lowerName())) {
        break;
      }
      path.add(c);
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      above++;
      depths.put(path.get(i).lowerName(), above);
    }
    return depths.get(t.lowerName());
  }
}
