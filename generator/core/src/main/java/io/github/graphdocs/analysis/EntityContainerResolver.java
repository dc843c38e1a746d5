package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.ApiPageReader.RequestLine;
import io.github.graphdocs.analysis.PathTemplateParser.Kind;
import io.github.graphdocs.analysis.PathTemplateParser.Segment;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entity container from the first segments of the API pages' paths. A root followed by a key
 * somewhere ({@code /users/{id}}, {@code /users('id')}), listed as a collection or created by a POST
 * is an entity set; any other root ({@code /me}) is a singleton. Its type is, first, the type the
 * pages that address the root itself state (response of a GET, body of a PATCH, PUT or POST); else
 * the entity type a page title names when it calls an operation right on the root
 * ({@code searchEntity: query} for {@code /search/query}); else the one entity type that has most of
 * the properties the paths name right after it (at least half); else the entity type named like it
 * ({@code users}: {@code user}); else, as every entry point is some entity, the most general entity
 * type (the base most entity types derive from). Stated types that disagree (not one the base of the
 * others) are reported, and the type most request lines state wins.
 */
final class EntityContainerResolver {
  private final DiagnosticCollector diagnostics;
  private final TypeHierarchy types;
  private final OperationSignatures signatures;
  private final TypeReferences refs;

  EntityContainerResolver(DiagnosticCollector diagnostics, TypeHierarchy types, OperationSignatures signatures,
      TypeReferences refs) {
    this.diagnostics = diagnostics;
    this.types = types;
    this.signatures = signatures;
    this.refs = refs;
  }

  /** Everything the paths say about one root segment. */
  private static final class Root {
    final Map<String, Integer> spellings = new TreeMap<>();
    boolean set;
    final Map<String, SourceLocation> stated = new LinkedHashMap<>();
    final Map<String, Integer> votes = new java.util.HashMap<>();
    final Set<String> childrenOfWhole = new LinkedHashSet<>();
    final Set<String> childrenOfElement = new LinkedHashSet<>();
    final List<SourceLocation> sources = new ArrayList<>();
    /** Types the titles of pages that call an operation right on the root name ("searchEntity: query"). */
    final Set<String> titled = new LinkedHashSet<>();
  }

  private static final java.util.regex.Pattern OPERATION_TITLE =
      java.util.regex.Pattern.compile("^\\s*`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s*:\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*$");

  private TypeDef mostGeneralEntity;
  private final Set<String> undocumented = new java.util.HashSet<>();

  /** The roots (lower case) declared with the most general entity type because no page tells theirs. */
  Set<String> undocumented() {
    return java.util.Collections.unmodifiableSet(undocumented);
  }

  EntityContainerDef resolve(List<OperationDraft> pages, String namespace) {
    mostGeneralEntity = mostGeneralEntity();
    Map<String, Root> roots = new TreeMap<>();
    for (OperationDraft op : pages) {
      for (RequestLine line : op.requests) {
        read(op, line, roots);
      }
    }
    List<EntityContainerDef.Member> members = new ArrayList<>();
    for (Root r : roots.values()) {
      String name = r.spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      TypeDef type = type(name, r);
      if (type == null) {
        continue; // no entity type at all: nothing to declare it with
      }
      if (type == mostGeneralEntity && !r.stated.containsKey(type.lowerName())) {
        undocumented.add(name.toLowerCase(Locale.ROOT));
      }
      members.add(new EntityContainerDef.Member(name, !r.set, type.qualifiedName(), r.sources));
    }
    if (members.isEmpty()) {
      return EntityContainerDef.EMPTY;
    }
    String last = namespace.substring(namespace.lastIndexOf('.') + 1);
    String containerName = last.isEmpty() ? "Service" : Character.toUpperCase(last.charAt(0)) + last.substring(1) + "Service";
    return new EntityContainerDef(namespace, containerName, members);
  }

  private void read(OperationDraft op, RequestLine line, Map<String, Root> roots) {
    List<Segment> segs = line.path().segments();
    if (segs.isEmpty() || segs.get(0).kind() != Kind.NAME || segs.get(0).qualified()
        || !segs.get(0).arguments().isEmpty() && !segs.get(0).keyArgument()) {
      return;
    }
    Segment first = segs.get(0);
    if (segs.size() == 1 && line.method().equals("POST") && !op.bodyIsRepresentation
        && !OperationBinder.createsItemNamed(op.requestTypeName, first.name())
        && !OperationBinder.createsItemNamed(op.responseTypeName, first.name())) {
      return; // POST /broadcast calls an unbound action; it starts no entity set
    }
    Root r = roots.computeIfAbsent(first.name().toLowerCase(Locale.ROOT), k -> new Root());
    r.spellings.merge(first.name(), 1, Integer::sum);
    if (r.sources.size() < 20 && !r.sources.contains(line.at())) {
      r.sources.add(line.at());
    }
    boolean keyed = first.keyArgument() || segs.size() > 1 && segs.get(1).kind() == Kind.KEY;
    r.set |= keyed;
    int child = first.keyArgument() ? 1 : keyed ? 2 : 1;
    if (segs.size() > child && segs.get(child).kind() == Kind.NAME && !segs.get(child).parenthesized()) {
      (keyed ? r.childrenOfElement : r.childrenOfWhole).add(segs.get(child).simpleName().toLowerCase(Locale.ROOT));
    }
    if (segs.size() == 2 && segs.get(1).kind() == Kind.NAME) {
      var m = OPERATION_TITLE.matcher(op.title);
      if (m.matches() && m.group(2).equalsIgnoreCase(segs.get(1).simpleName())) {
        r.titled.add(m.group(1));
      }
    }
    if (line.path().text().contains("?")) {
      return; // a query ($expand, $select) changes what the response holds
    }
    boolean whole = segs.size() == 1 && !first.keyArgument();
    boolean element = segs.size() == 1 && first.keyArgument() || segs.size() == 2 && segs.get(1).kind() == Kind.KEY;
    if (!whole && !element) {
      return;
    }
    TypeRef stated = null;
    switch (line.method()) {
      case "GET" -> {
        TypeRef ret = signatures.returnType(op);
        if (ret != null && whole && ret.collection()) {
          r.set = true;
        }
        stated = ret;
      }
      case "PATCH", "PUT" -> stated = refs.ofText(op.requestTypeName, op.namespace);
      case "POST" -> {
        if (whole && op.bodyIsRepresentation) {
          r.set = true;
          stated = refs.ofText(op.requestTypeName, op.namespace);
        }
      }
      default -> { }
    }
    if (stated != null && !stated.isPrimitive() && !stated.isUnknown()) {
      r.stated.putIfAbsent(stated.name().toLowerCase(Locale.ROOT), line.at());
      r.votes.merge(stated.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
  }

  private TypeDef type(String name, Root r) {
    List<TypeDef> stated = new ArrayList<>();
    for (String s : r.stated.keySet()) {
      TypeDef t = types.type(s);
      if (t != null) {
        stated.add(t);
      }
    }
    if (!stated.isEmpty()) {
      for (TypeDef candidate : stated) {
        if (stated.stream().allMatch(o -> types.isSameOrDerived(o.qualifiedName(), candidate.qualifiedName()))) {
          return candidate;
        }
      }
      // the type most request lines state; the first stated among equals
      TypeDef chosen = stated.get(0);
      for (TypeDef t : stated) {
        if (r.votes.get(t.lowerName()) > r.votes.get(chosen.lowerName())) {
          chosen = t;
        }
      }
      TypeDef winner = chosen;
      TypeDef other = stated.stream().filter(t -> t != winner).findFirst().orElseThrow();
      diagnostics.report(DiagnosticCode.CONTAINER_TYPE_CONFLICT, r.stated.get(other.lowerName()),
          "this page states that /" + name + " is " + other.name() + ", but " + r.votes.get(winner.lowerName())
              + " request line(s) state " + winner.name() + ", which is used", r.stated.get(winner.lowerName()));
      return chosen;
    }
    for (String t : r.titled) {
      List<TypeDef> found = types.bySimpleName(t.substring(t.lastIndexOf('.') + 1)).stream()
          .filter(d -> d.kind() == TypeKind.ENTITY).toList();
      if (found.size() == 1) {
        return found.get(0);
      }
    }
    TypeDef byChildren = byChildren(r.set ? r.childrenOfElement : r.childrenOfWhole);
    if (byChildren != null) {
      return byChildren;
    }
    TypeDef byName = byName(name, r.set);
    return byName != null ? byName : mostGeneralEntity;
  }

  /** The entity type without a base that most entity types derive from (Graph's {@code entity}), or null. */
  private TypeDef mostGeneralEntity() {
    TypeDef best = null;
    int most = 0;
    for (TypeDef t : types.all()) {
      if (t.kind() == TypeKind.ENTITY && t.baseType() == null) {
        int n = types.descendants(t).size();
        if (n > most) {
          best = t;
          most = n;
        }
      }
    }
    return best;
  }

  /** The one type that has the most of these property names, when it has at least half of them. */
  private TypeDef byChildren(Set<String> children) {
    if (children.isEmpty()) {
      return null;
    }
    int best = 0;
    List<TypeDef> bestTypes = new ArrayList<>();
    for (TypeDef t : types.all()) {
      if (t.kind() != TypeKind.ENTITY) {
        continue;
      }
      Set<String> names = types.propertyNames(t);
      int n = (int) children.stream().filter(names::contains).count();
      if (n > best) {
        best = n;
        bestTypes.clear();
      }
      if (n == best && n > 0) {
        bestTypes.add(t);
      }
    }
    if (best * 2 < children.size() || bestTypes.isEmpty()) {
      return null;
    }
    for (TypeDef candidate : bestTypes) {
      if (bestTypes.stream().allMatch(o -> types.isSameOrDerived(o.qualifiedName(), candidate.qualifiedName()))) {
        return candidate;
      }
    }
    return null;
  }

  /** The entity type named like the root: {@code print}, or for an entity set its singular ({@code users}). */
  private TypeDef byName(String name, boolean set) {
    List<String> candidates = new ArrayList<>(set ? PluralNames.singulars(name) : List.of());
    candidates.add(name.toLowerCase(Locale.ROOT));
    for (String c : candidates) {
      List<TypeDef> found = types.bySimpleName(c).stream().filter(t -> t.kind() == TypeKind.ENTITY).toList();
      if (found.size() == 1) {
        return found.get(0);
      }
    }
    return null;
  }
}
