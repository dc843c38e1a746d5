package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.ApiPageReader.RequestLine;
import io.github.graphdocs.analysis.PathTemplateParser.Kind;
import io.github.graphdocs.analysis.PathTemplateParser.Segment;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the operation each request line calls by walking its path from the entity container through
 * keys, type casts, item paths and properties (declared, inherited, or of the one derived type that
 * has it). The first segment that is none of these is the operation when it is the last one: bound
 * to the type (or collection) the walk has reached; a function for a GET or an idempotent POST, an
 * action for a POST that does not send "a representation of" a type. A segment that is not last
 * continues the walk when it is an operation another page documents (its return type), or a literal
 * key after a collection ({@code /mailFolders/inbox}). A path that starts with no entity set or
 * singleton calls an unbound operation when it is one segment long. Walks are repeated until no new
 * operation is found, so that composable functions ({@code range(address='A1')/format}) resolve.
 */
final class OperationBinder {
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
  /** One request line that calls an operation ({@code kind} null: it reads or creates in a relationship). */
  record Call(ServiceOperationDef.Kind kind, String name, TypeRef binding, Segment segment, OperationDraft page,
      RequestLine line) {}

  private static final int MAX_PASSES = 6;

  private final TypeHierarchy types;
  private final Map<String, EntityContainerDef.Member> container = new HashMap<>();
  private final OperationSignatures signatures;
  /** Request lines that call an operation the walk could not bind (its type was lost on the way), in page order. */
  private final List<RequestLine> unbound = new ArrayList<>();
  /** Return types of operations found so far, by binding key and lower-case name. */
  private final Map<String, TypeRef> returns = new HashMap<>();

  OperationBinder(TypeHierarchy types, EntityContainerDef container, java.util.Set<String> untypedRoots,
      OperationSignatures signatures) {
    this.types = types;
    for (EntityContainerDef.Member m : container.members()) {
      if (!untypedRoots.contains(m.name().toLowerCase(Locale.ROOT))) {
        this.container.put(m.name().toLowerCase(Locale.ROOT), m); // a root whose type no page tells starts a lost walk
      }
    }
    this.signatures = signatures;
  }

  List<Call> bind(List<OperationDraft> pages) {
    // Only a walk that consulted the return types learned so far can change in a later pass.
    results.clear();
    Map<RequestLine, OperationDraft> todo = new java.util.LinkedHashMap<>();
    for (OperationDraft op : pages) {
      for (RequestLine line : op.requests) {
        todo.put(line, op);
      }
    }
    for (int pass = 0; pass < MAX_PASSES && !todo.isEmpty(); pass++) {
      Map<RequestLine, OperationDraft> again = new java.util.LinkedHashMap<>();
      boolean grew = false;
      for (Map.Entry<RequestLine, OperationDraft> e : todo.entrySet()) {
        consultedReturns = false;
        Call c = walk(e.getValue(), e.getKey());
        results.put(e.getKey(), c);
        if (consultedReturns) {
          again.put(e.getKey(), e.getValue());
        }
        grew |= c != null && learn(c);
      }
      todo = grew ? again : Map.of();
    }
    List<Call> calls = new ArrayList<>();
    unbound.clear();
    for (OperationDraft op : pages) {
      for (RequestLine line : op.requests) {
        Call c = results.get(line);
        if (c != null && c.kind() != null) {
          calls.add(c);
        }
        if (unboundLines.contains(line)) {
          unbound.add(line);
        }
      }
    }
    return calls;
  }

  /** Records what a call returns, for walks through it; true when that is new. */
  private boolean learn(Call c) {
    TypeRef ret = signatures.returnType(c.page());
    if (c.kind() == null && ret != null && c.line().method().equals("POST")) {
      ret = ret.asCollection(true);
    }
    return c.binding() != null && ret != null && !ret.isPrimitive() && !ret.isUnknown()
        && returns.putIfAbsent(returnKey(c.binding(), c.name()), ret) == null;
  }

  private boolean consultedReturns;
  private final Map<RequestLine, Call> results = new java.util.IdentityHashMap<>();

  /**
   * After {@link #bind}: what a request line calls; {@code kind} null when it reads or creates in a
   * relationship the type's page does not list; null when it calls no operation.
   */
  Call callOf(RequestLine line) {
    return results.get(line);
  }
  private final java.util.Set<RequestLine> unboundLines = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private Call walk(OperationDraft op, RequestLine line) {
    List<Segment> segs = line.path().segments();
    if (segs.isEmpty() || segs.get(0).kind() != Kind.NAME) {
      return null;
    }
    Segment first = segs.get(0);
    unboundLines.remove(line);
    Optional<EntityContainerDef.Member> member = Optional.ofNullable(container.get(first.name().toLowerCase(Locale.ROOT)));
    TypeRef cur = null;
    if (member.isPresent()) {
      cur = new TypeRef(member.get().entityType(), !member.get().singleton());
      if (first.keyArgument()) {
        cur = cur.asCollection(false);
      }
    } else if (segs.size() == 1) {
      ServiceOperationDef.Kind kind = kind(line.method(), op, first, null);
      return kind != null && (first.parenthesized() || line.method().equals("POST"))
          ? new Call(kind, first.simpleName(), null, first, op, line) : null;
    }
    for (int i = 1; i < segs.size(); i++) {
      Segment seg = segs.get(i);
      boolean last = i == segs.size() - 1;
      switch (seg.kind()) {
        case DOLLAR -> {
          return null;
        }
        case KEY, ITEM_PATH -> cur = cur == null ? null : cur.asCollection(false);
        case NAME -> {
          if (seg.qualified() && seg.arguments().isEmpty()) {
            TypeDef cast = types.type(seg.name());
            if (cast != null) {
              cur = new TypeRef(cast.qualifiedName(), cur != null && cur.collection());
              if (last) {
                return null;
              }
              continue;
            }
          }
          String name = seg.simpleName();
          if (cur == null) {
            if (last) {
              return lostCall(op, line, seg, segs.get(i - 1));
            }
            // the walk lost its type (an undocumented root or relationship): the name may tell it again
            cur = propertyNamed(name, seg);
            if (cur == null) {
              cur = pluralOfEntity(name, seg, i + 1 < segs.size() ? segs.get(i + 1) : null);
            }
            continue;
          }
          if (!cur.collection()) {
            PropertyDef p = types.property(cur.name(), name);
            if (p != null) {
              if (last) {
                return null;
              }
              cur = p.type().collection() && seg.keyArgument() ? p.type().asCollection(false) : p.type();
              if (cur.isPrimitive() || cur.isUnknown()) {
                return null;
              }
              continue;
            }
          }
          if (last) {
            if (cur.collection() && !seg.parenthesized() && addressesOneItem(op, line, cur)) {
              return null;
            }
            ServiceOperationDef.Kind kind = kind(line.method(), op, seg, cur);
            return kind != null || line.method().equals("GET") || line.method().equals("POST")
                ? new Call(kind, name, cur, seg, op, line) : null;
          }
          TypeRef known = knownReturn(cur, name);
          if (known != null) {
            cur = known;
          } else if (cur.collection() && seg.arguments().isEmpty()) {
            cur = cur.asCollection(false);
          } else {
            cur = propertyNamed(name, seg);
            if (cur == null) {
              cur = pluralOfEntity(name, seg, segs.get(i + 1));
            }
          }
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  private static final Pattern OPERATION_TITLE =
      Pattern.compile("^\\s*`?([A-Za-z_][A-Za-z0-9_.]*)`?\\s*:\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*$");

  /**
   * The last segment of a walk that lost its type: the page's title "type: operation" binds it, to a
   * collection when the segment before is a plural name, else to one item.
   */
  private Call lostCall(OperationDraft op, RequestLine line, Segment seg, Segment before) {
    var m = OPERATION_TITLE.matcher(op.title);
    TypeRef titled = m.matches() && m.group(2).equalsIgnoreCase(seg.simpleName()) ? signaturesTypeNamed(m.group(1), op.namespace)
        : null;
    if (titled == null) {
      boolean named = m.matches() && m.group(2).equalsIgnoreCase(seg.simpleName()) || seg.parenthesized();
      if (named && kind(line.method(), op, seg, null) != null) {
        unboundLines.add(line); // the page calls an operation, bound to a type no page documents
      }
      return null;
    }
    boolean collection = before.kind() == Kind.NAME && before.simpleName().endsWith("s") && !before.parenthesized();
    TypeRef binding = titled.asCollection(collection);
    ServiceOperationDef.Kind kind = kind(line.method(), op, seg, binding);
    return kind == null ? null : new Call(kind, seg.simpleName(), binding, seg, op, line);
  }

  private TypeRef signaturesTypeNamed(String name, String namespace) {
    for (TypeDef t : types.bySimpleName(name.substring(name.lastIndexOf('.') + 1))) {
      if (name.contains(".") ? t.qualifiedName().equalsIgnoreCase(name) : t.namespace().equalsIgnoreCase(namespace)
          || types.bySimpleName(name).size() == 1) {
        return TypeRef.of(t.qualifiedName());
      }
    }
    return null;
  }

  /** {@code calls} followed by a key, where {@code call} is an entity type: a collection of it. */
  private TypeRef pluralOfEntity(String name, Segment seg, Segment next) {
    if (next == null || next.kind() != Kind.KEY && !seg.keyArgument()) {
      return null;
    }
    List<String> singulars = PluralNames.singulars(name);
    for (String singular : singulars) {
      List<TypeDef> found = types.bySimpleName(singular).stream()
          .filter(t -> t.kind() == io.github.graphdocs.schema.TypeKind.ENTITY).toList();
      if (found.size() == 1) {
        TypeRef t = TypeRef.of(found.get(0).qualifiedName());
        return seg.keyArgument() ? t : t.asCollection(true);
      }
    }
    return null;
  }

  /** The request lines of the last pass that call an operation no rule could bind. */
  List<RequestLine> unbound() {
    return List.copyOf(unbound);
  }

  /** The type of the property this segment names, when every documented property of that name has one type. */
  private TypeRef propertyNamed(String name, Segment seg) {
    TypeRef t = types.uniquePropertyType(name);
    if (t == null || t.isPrimitive() || t.isUnknown()) {
      return null;
    }
    return t.collection() && seg.keyArgument() ? t.asCollection(false) : t;
  }

  /** The return type of an operation found so far on this binding or on one of its bases. */
  private TypeRef knownReturn(TypeRef binding, String name) {
    consultedReturns = true;
    TypeRef r = returns.get(returnKey(binding, name));
    if (r != null) {
      return r;
    }
    TypeDef t = types.type(binding.name());
    if (t != null) {
      for (TypeDef a : types.ancestors(t)) {
        r = returns.get(returnKey(new TypeRef(a.qualifiedName(), binding.collection()), name));
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /** A GET that answers with one item of the collection's type: the last segment is a literal key. */
  private boolean addressesOneItem(OperationDraft op, RequestLine line, TypeRef collection) {
    if (!line.method().equals("GET")) {
      return false;
    }
    TypeRef ret = signatures.returnType(op);
    return ret != null && !ret.collection() && types.isSameOrDerived(ret.name(), collection.name());
  }

  /**
   * A GET calls a function; but a GET of one item's name with no parentheses, on a page titled "List
   * ..." or "Get ..." that names it, documents no parameters and answers with no primitive, reads a
   * relationship the type's page does not list. A POST calls an action, or a function when its
   * request is annotated idempotent; but a POST to a plural whose singular ends the name of the type
   * it sends or answers with ({@code tabs}, a {@code teamsTab}) creates an item. Null when the line calls no operation.
   */
  private ServiceOperationDef.Kind kind(String method, OperationDraft op, Segment seg, TypeRef binding) {
    return switch (method) {
      case "GET" -> readsRelationship(op, seg, binding) ? null : ServiceOperationDef.Kind.FUNCTION;
      case "POST" -> op.idempotent ? ServiceOperationDef.Kind.FUNCTION
          : createsItemNamed(op.requestTypeName, seg.simpleName()) || createsItemNamed(op.responseTypeName, seg.simpleName())
              ? null : ServiceOperationDef.Kind.ACTION;
      default -> null;
    };
  }

  private boolean readsRelationship(OperationDraft op, Segment seg, TypeRef binding) {
    if (binding != null && binding.collection() || seg.parenthesized() || calledWithParentheses(op, seg.simpleName())
        || documentsParameters(op) || !READ_TITLE.matcher(op.title).lookingAt()) {
      return false;
    }
    String title = NOT_ALPHANUMERIC.matcher(op.title).replaceAll("").toLowerCase(Locale.ROOT);
    String name = seg.simpleName().toLowerCase(Locale.ROOT);
    TypeRef ret = signatures.returnType(op);
    boolean named = title.contains(name) || PluralNames.singulars(name).stream().anyMatch(title::contains);
    return named && (ret == null || !ret.isPrimitive());
  }

  private static final Pattern READ_TITLE =
      Pattern.compile("(?i)\\s*(list|listing|get)\\b");

  /** A POST to {@code tabs} with a {@code teamsTab}: it creates an item of that relationship. */
  static boolean createsItemNamed(String typeName, String segment) {
    if (typeName == null) {
      return false;
    }
    String type = typeName.substring(typeName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return PluralNames.singulars(segment).stream().anyMatch(type::endsWith);
  }

  /** A request-body row, or a parameter-table row that names no placeholder of the page's paths ({@code {size}}). */
  private static boolean documentsParameters(OperationDraft op) {
    if (!op.requestProperties.isEmpty()) {
      return true;
    }
    java.util.Set<String> placeholders = new java.util.HashSet<>();
    for (RequestLine l : op.requests) {
      l.path().parameters().forEach(p -> placeholders.add(p.toLowerCase(Locale.ROOT)));
    }
    return op.functionParameters.keySet().stream().anyMatch(k -> !placeholders.contains(k));
  }

  /** Whether some request line of the page calls this name with parentheses. */
  private static boolean calledWithParentheses(OperationDraft op, String name) {
    for (RequestLine l : op.requests) {
      for (Segment s : l.path().segments()) {
        if (s.parenthesized() && s.kind() == Kind.NAME && s.simpleName().equalsIgnoreCase(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String returnKey(TypeRef binding, String name) {
    return binding.key() + "/" + name.toLowerCase(Locale.ROOT);
  }
}
