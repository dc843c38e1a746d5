package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.OperationBinder.Call;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the calls that name one operation (same kind, name and binding) over request lines,
 * overloads and pages into one {@link ServiceOperationDef}. A binding to a type whose base the same
 * operation is also bound to is dropped: the operation bound to the base applies to it. Parameters
 * are the union of every overload's, in order of appearance; two types for one parameter, two return
 * types, or one operation documented as an action on one page and a function on another are
 * reported with both places (the first page read wins). Only a page whose request lines all call
 * the operation gives its parameters and return type.
 */
final class OperationMerger {
  private final DiagnosticCollector diagnostics;
  private final TypeHierarchy types;
  private final OperationSignatures signatures;

  OperationMerger(DiagnosticCollector diagnostics, TypeHierarchy types, OperationSignatures signatures) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.signatures = signatures;
  }

  /** One operation being merged. */
  private static final class Merged {
    final Call first;
    final Map<String, ParameterDef> parameters = new LinkedHashMap<>();
    TypeRef returnType;
    SourceLocation returnAt;
    final List<SourceLocation> sources = new ArrayList<>();

    Merged(Call first) {
      this.first = first;
    }
  }

  List<ServiceOperationDef> merge(List<Call> calls) {
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (Call c : withoutDerivedBindings(calls)) {
      Merged m = merged.computeIfAbsent(key(c.kind(), c.name(), c.binding()), k -> new Merged(c));
      add(m, c);
    }
    checkKinds(merged);
    List<ServiceOperationDef> out = new ArrayList<>();
    for (Merged m : merged.values()) {
      Call c = m.first;
      out.add(new ServiceOperationDef(c.kind(), c.page().namespace, c.name(), c.binding(),
          new ArrayList<>(m.parameters.values()), m.returnType, m.sources));
    }
    out.sort(Comparator.comparing(ServiceOperationDef::namespace).thenComparing(o -> o.name().toLowerCase(Locale.ROOT))
        .thenComparing(ServiceOperationDef::name)
        .thenComparing(o -> o.bindingType() == null ? "" : o.bindingType().key())
        .thenComparing(ServiceOperationDef::kind));
    return out;
  }

  private void add(Merged m, Call c) {
    if (!m.sources.contains(c.line().at())) {
      m.sources.add(c.line().at());
    }
    if (!documents(c.page(), c.name())) {
      return;
    }
    List<ParameterDef> params = signatures.parameters(c.kind(), c.page(), c.segment().arguments(),
        new HashSet<>(c.line().path().parameters()));
    for (ParameterDef p : params) {
      String lower = p.name().toLowerCase(Locale.ROOT);
      ParameterDef had = m.parameters.get(lower);
      if (had == null) {
        m.parameters.put(lower, p);
      } else if (!had.type().key().equals(p.type().key()) && !had.type().isUnknown() && !p.type().isUnknown()
          && !p.source().equals(had.source())) {
        diagnostics.report(DiagnosticCode.OPERATION_PARAMETER_CONFLICT, p.source(),
            "parameter '" + p.name() + "' of " + c.name() + " is " + p.type().csdl() + " here but " + had.type().csdl()
                + " on another page; " + had.type().csdl() + " is used", had.source());
      }
    }
    TypeRef ret = signatures.returnType(c.page());
    SourceLocation retAt = c.page().responseAnnotationAt != null ? c.page().responseAnnotationAt
        : c.page().responseAt != null ? c.page().responseAt : c.line().at();
    if (m.returnType == null) {
      if (ret != null) {
        m.returnType = ret;
        m.returnAt = retAt;
      }
    } else if (ret != null && !ret.key().equals(m.returnType.key()) && !retAt.file().equals(m.returnAt.file())) {
      diagnostics.report(DiagnosticCode.OPERATION_RETURN_CONFLICT, retAt,
          c.name() + " returns " + ret.csdl() + " here but " + m.returnType.csdl() + " on another page; "
              + m.returnType.csdl() + " is used", m.returnAt);
    }
  }

  /**
   * Whether the page documents this operation: every request line of it calls the same name. A page
   * whose lines also create, read or call other things (one of which calls the operation) describes
   * something else in its tables: it binds the operation but does not give its signature.
   */
  private static boolean documents(io.github.graphdocs.analysis.ApiPageReader.OperationDraft page, String name) {
    for (io.github.graphdocs.analysis.ApiPageReader.RequestLine l : page.requests) {
      PathTemplateParser.Segment last = l.path().last();
      if (last == null || last.kind() != PathTemplateParser.Kind.NAME || !last.simpleName().equalsIgnoreCase(name)) {
        return false;
      }
    }
    return true;
  }

  /** Drops a binding whose type derives from another binding of the same operation (on any page). */
  private List<Call> withoutDerivedBindings(List<Call> calls) {
    Map<String, List<Call>> byPageAndName = new LinkedHashMap<>();
    for (Call c : calls) {
      byPageAndName.computeIfAbsent(c.kind() + " " + c.name().toLowerCase(Locale.ROOT),
          k -> new ArrayList<>()).add(c);
    }
    List<Call> out = new ArrayList<>();
    for (List<Call> group : byPageAndName.values()) {
      for (Call c : group) {
        boolean derived = c.binding() != null && group.stream().anyMatch(o -> o.binding() != null
            && o.binding().collection() == c.binding().collection()
            && !o.binding().name().equalsIgnoreCase(c.binding().name())
            && types.isSameOrDerived(c.binding().name(), o.binding().name()));
        if (!derived) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** An operation that one page documents as an action and another as a function (same name and binding). */
  private void checkKinds(Map<String, Merged> merged) {
    Map<String, Merged> byNameAndBinding = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    for (Merged m : merged.values()) {
      Call c = m.first;
      String k = c.name().toLowerCase(Locale.ROOT) + " " + (c.binding() == null ? "" : c.binding().key());
      Merged other = byNameAndBinding.putIfAbsent(k, m);
      if (other != null && other.first.kind() != c.kind() && reported.add(k)) {
        diagnostics.report(DiagnosticCode.OPERATION_KIND_CONFLICT, c.line().at(),
            c.name() + " is " + (c.kind() == ServiceOperationDef.Kind.ACTION ? "an action (POST)" : "a function (GET)")
                + " here but " + (other.first.kind() == ServiceOperationDef.Kind.ACTION ? "an action" : "a function")
                + " on another page; both are kept", other.first.line().at());
      }
    }
  }

  private static String key(ServiceOperationDef.Kind kind, String name, TypeRef binding) {
    return ServiceOperationDef.key(kind, name, binding);
  }
}
