package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.ApiPageReader.RequestLine;
import io.github.graphdocs.analysis.OperationBinder.Call;
import io.github.graphdocs.analysis.PathTemplateParser.Argument;
import io.github.graphdocs.analysis.PathTemplateParser.Kind;
import io.github.graphdocs.analysis.PathTemplateParser.Segment;
import io.github.graphdocs.schema.EntityContainerDef;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.BodyKind;
import io.github.graphdocs.schema.RequestDef.PathPart;
import io.github.graphdocs.schema.RequestDef.QueryPart;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every request line as a {@link RequestDef}: its path split into literal text, keys, item paths and
 * function arguments (the parameters a function's "Function parameters" or "Path parameters"
 * table lists and its path leaves out are added in parentheses: {@code range/cell} is
 * {@code range/cell(row=..,column=..)}); its query template; its body (an action's parameters, the created, updated or
 * replacing object, bytes for a PUT of content); its response type and status. An operation's
 * parameters and return type come from the merged operation, else from the line's page. A request
 * line documented twice (same method and path shape) is kept once, the first page read. A create or
 * update body sends the read-only properties of its type that the page's request-body table lists.
 * A function line that leaves out its table's parameters is also kept bare when they are optional
 * (stated so, or the page calls the function with parentheses on another line).
 */
final class RequestResolver {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}|<([^<>]*)>|^\\(([^()]*)\\)$");
  private static final Pattern ONE_PLACEHOLDER = Pattern.compile("'?(\\{[^{}]*\\}|<[^<>]*>)'?");

  private final OperationBinder binder;
  private final OperationSignatures signatures;
  private final TypeReferences refs;
  private final TypeHierarchy types;
  private final EntityContainerDef container;
  private final Map<String, ServiceOperationDef> operations = new HashMap<>();

  RequestResolver(OperationBinder binder, OperationSignatures signatures, TypeReferences refs, TypeHierarchy types,
      EntityContainerDef container, List<ServiceOperationDef> merged) {
    this.container = container;
    this.binder = binder;
    this.signatures = signatures;
    this.refs = refs;
    this.types = types;
    for (ServiceOperationDef op : merged) {
      operations.put(op.key(), op);
    }
  }

  List<RequestDef> resolve(List<OperationDraft> pages) {
    List<RequestDef> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (OperationDraft page : pages) {
      for (RequestLine line : page.requests) {
        RequestDef r = request(page, line, true);
        add(r, out, seen);
        RequestDef bare = r == null ? null : request(page, line, false);
        if (bare != null && bare.path().size() < r.path().size() && argumentsOptional(page, line, bare)) {
          add(bare, out, seen);
        }
      }
    }
    for (RequestDef r : List.copyOf(out)) {
      for (RequestDef viaSingleton : throughSingletons(r)) {
        add(viaSingleton, out, seen);
      }
    }
    return out;
  }

  /**
   * A request on an item of an entity set, {@code /users/{id}/ownedDevices}, made from each singleton
   * of the same entity type: {@code /me/ownedDevices} (a path follows the type, so whatever an item
   * of the set reaches, the singleton reaches). Reading or updating the item itself is reading or
   * updating the singleton; nothing is created or deleted at a singleton. Documented requests come
   * first: one the docs give for the singleton is kept as documented.
   */
  private List<RequestDef> throughSingletons(RequestDef r) {
    List<PathPart> path = r.path();
    if (r.group().isEmpty() || path.size() < 3 || path.get(0).kind() != PathPart.Kind.LITERAL
        || !path.get(0).text().equalsIgnoreCase("/" + r.group()) || !"/".equals(path.get(1).text())
        || path.get(2).kind() != PathPart.Kind.KEY) {
      return List.of();
    }
    boolean itself = path.size() == 3;
    if (itself && !r.method().equals("GET") && !r.method().equals("PATCH")) {
      return List.of();
    }
    EntityContainerDef.Member set = container.member(r.group()).orElse(null);
    if (set == null || set.singleton()) {
      return List.of();
    }
    String rest = afterKey(r.text(), r.group());
    if (rest == null) {
      return List.of();
    }
    List<RequestDef> out = new ArrayList<>();
    for (EntityContainerDef.Member m : container.members()) {
      if (!m.singleton() || !m.entityType().equalsIgnoreCase(set.entityType())) {
        continue;
      }
      List<PathPart> parts = new ArrayList<>();
      parts.add(PathPart.literal("/" + m.name()));
      parts.addAll(path.subList(3, path.size()));
      List<String> names = new ArrayList<>();
      names.add(m.name());
      names.addAll(r.names().subList(1, r.names().size()));
      out.add(new RequestDef(m.name(), r.method(), parts, names, r.query(), r.bodyKind(), r.bodyType(), r.bodyParameters(),
          r.responseType(), r.status(), r.callKind(), r.callName(), "/" + m.name() + rest, r.source(), r.sentReadOnly()));
    }
    return out;
  }

  /** The template after its first segment and the key that follows it ({@code /users/{id}/x}: {@code /x}); null when not so. */
  private static String afterKey(String text, String first) {
    String t = text.trim();
    String prefix = "/" + first + "/";
    if (!t.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    int i = prefix.length();
    int end = t.startsWith("{", i) ? t.indexOf('}', i) + 1 : t.indexOf('/', i) < 0 ? t.length() : t.indexOf('/', i);
    if (end <= i) {
      return null;
    }
    String rest = t.substring(end);
    int q = rest.indexOf('?');
    return q < 0 ? rest : rest.substring(0, q);
  }

  /** A request once per method and shape; the read-only properties a later page's body table lists are added to it. */
  private static void add(RequestDef r, List<RequestDef> out, Map<String, Integer> seen) {
    if (r == null) {
      return;
    }
    String key = r.method() + " " + shape(r);
    Integer at = seen.get(key);
    if (at == null) {
      seen.put(key, out.size());
      out.add(r);
      return;
    }
    RequestDef first = out.get(at);
    if (first.bodyType() != null && first.bodyType().equals(r.bodyType())
        && !first.sentReadOnly().containsAll(r.sentReadOnly())) {
      Set<String> names = new java.util.LinkedHashSet<>(first.sentReadOnly());
      names.addAll(r.sentReadOnly());
      out.set(at, new RequestDef(first.group(), first.method(), first.path(), first.names(), first.query(), first.bodyKind(),
          first.bodyType(), first.bodyParameters(), first.responseType(), first.status(), first.callKind(), first.callName(),
          first.text(), first.source(), List.copyOf(names)));
    }
  }

  /**
   * Whether a function line that leaves its table's parameters out may be called so: every one of them
   * is stated optional, or the page calls the function with parentheses on another line.
   */
  private static boolean argumentsOptional(OperationDraft page, RequestLine line, RequestDef bare) {
    boolean allOptional = bare.callName() != null && page.functionParameters.values().stream()
        .allMatch(p -> DescriptionStatements.optional(p.description));
    String last = line.path().last().simpleName();
    boolean calledWithParentheses = page.requests.stream().anyMatch(other -> other != line
        && other.path().last().parenthesized() && other.path().last().simpleName().equalsIgnoreCase(last));
    return allOptional || calledWithParentheses;
  }

  /** A request line's request; {@code tableArguments}: a function's table parameters its path leaves out are added. */
  private RequestDef request(OperationDraft page, RequestLine line, boolean tableArguments) {
    List<Segment> segs = line.path().segments();
    if (segs.isEmpty() || segs.get(0).kind() != Kind.NAME) {
      return null;
    }
    Call call = binder.callOf(line);
    boolean calls = call != null && call.kind() != null;
    ServiceOperationDef op = calls ? operations.get(ServiceOperationDef.key(call.kind(), call.name(), call.binding())) : null;
    List<ParameterDef> params = !calls ? List.of() : op != null ? op.parameters()
        : signatures.parameters(call.kind(), page, call.segment().arguments(), new HashSet<>(line.path().parameters()));
    String group = calls && call.binding() == null ? "" : segs.get(0).name();
    List<PathPart> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < segs.size(); i++) {
      Segment seg = segs.get(i);
      if (seg.kind() == Kind.NAME || seg.kind() == Kind.DOLLAR) {
        names.add(seg.name());
      } else if (seg.kind() == Kind.ITEM_PATH) {
        names.add(":");
      }
      boolean theCall = calls && i == segs.size() - 1;
      parts(seg, i == 0 ? null : segs.get(i - 1), theCall ? params : List.of(), parts);
    }
    Segment last = segs.get(segs.size() - 1);
    List<ParameterDef> inTables = tableArguments && calls && call.kind() == ServiceOperationDef.Kind.FUNCTION && !last.parenthesized()
        ? params.stream().filter(p -> page.functionParameters.containsKey(p.name().toLowerCase(Locale.ROOT))
            && line.path().parameters().stream().noneMatch(x -> x.equalsIgnoreCase(p.name()))).toList()
        : List.of();
    if (!inTables.isEmpty()) {
      // a function whose "Function parameters" or "Path parameters" table lists what its path leaves out: in parentheses
      String sep = "(";
      for (ParameterDef p : inTables) {
        parts.add(PathPart.literal(sep + p.name() + "="));
        parts.add(new PathPart(PathPart.Kind.ARGUMENT, p.name(), p.type()));
        sep = ",";
      }
      parts.add(PathPart.literal(")"));
    }
    TypeRef ret = calls && op != null ? op.returnType() : signatures.returnType(page);
    BodyKind body = BodyKind.NONE;
    TypeRef bodyType = null;
    List<ParameterDef> bodyParams = List.of();
    List<String> sentReadOnly = List.of();
    switch (line.method()) {
      case "POST" -> {
        if (calls && call.kind() == ServiceOperationDef.Kind.ACTION) {
          body = BodyKind.PARAMETERS;
          bodyParams = params;
        } else if (!calls) {
          body = BodyKind.CREATE;
          bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
          sentReadOnly = readOnlyInBodyTable(page, bodyType);
        }
      }
      case "PATCH" -> {
        body = BodyKind.UPDATE;
        bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
        sentReadOnly = readOnlyInBodyTable(page, bodyType);
      }
      case "PUT" -> {
        bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
        body = bodyType != null ? BodyKind.REPLACE : BodyKind.BYTES;
      }
      case "DELETE" -> ret = null;
      default -> { }
    }
    return new RequestDef(group, line.method(), parts, names, query(line.path().query()), body, bodyType, bodyParams,
        ret, page.status, calls ? call.kind() : null, calls ? call.name() : null, line.path().text(), line.at(), sentReadOnly);
  }

  /**
   * The properties the page's request-body table lists that the body's type documents as read-only:
   * the operation's own docs say it takes them (an {@code id} chosen on create), so its body sends them.
   */
  private List<String> readOnlyInBodyTable(OperationDraft page, TypeRef bodyType) {
    if (bodyType == null || page.requestProperties.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (TypeDraft.PropertyDraft row : page.requestProperties.values()) {
      io.github.graphdocs.schema.PropertyDef p = types.property(bodyType.name(), row.name);
      if (p != null && p.readOnly() && !out.contains(p.name())) {
        out.add(p.name());
      }
    }
    return out;
  }

  private static TypeRef known(TypeRef t) {
    return t == null || t.isUnknown() || t.isPrimitive() ? null : t;
  }

  private void parts(Segment seg, Segment before, List<ParameterDef> callParams, List<PathPart> out) {
    switch (seg.kind()) {
      case NAME -> {
        if (!seg.parenthesized()) {
          out.add(PathPart.literal("/" + seg.name()));
        } else if (seg.keyArgument()) {
          out.add(PathPart.literal("/" + seg.name() + "("));
          out.add(new PathPart(PathPart.Kind.KEY, keyName(seg.arguments().get(0).value(), seg), null));
          out.add(PathPart.literal(")"));
        } else {
          out.add(PathPart.literal("/" + seg.name() + "("));
          String sep = "";
          for (Argument a : seg.namedArguments()) {
            out.add(PathPart.literal(sep + a.name() + "="));
            out.add(new PathPart(PathPart.Kind.ARGUMENT, a.name(), argumentType(a, callParams)));
            sep = ",";
          }
          out.add(PathPart.literal(")"));
        }
      }
      case KEY -> {
        out.add(PathPart.literal("/"));
        out.add(new PathPart(PathPart.Kind.KEY, keyName(seg.text(), before), null));
      }
      case ITEM_PATH -> {
        out.add(PathPart.literal(":/"));
        String name = placeholder(seg.text().endsWith(":") ? seg.text().substring(0, seg.text().length() - 1) : seg.text());
        out.add(new PathPart(PathPart.Kind.ITEM_PATH, name == null ? "itemPath" : name, null));
        if (seg.text().endsWith(":")) {
          out.add(PathPart.literal(":"));
        }
      }
      case DOLLAR -> out.add(PathPart.literal("/" + seg.text()));
      default -> { }
    }
  }

  private static TypeRef argumentType(Argument a, List<ParameterDef> callParams) {
    for (ParameterDef p : callParams) {
      if (p.name().equalsIgnoreCase(a.name()) && !p.type().isUnknown()) {
        return p.type();
      }
    }
    return OperationSignatures.literalType(a.value());
  }

  /** A key's parameter name: its placeholder's first alternative, else the name before it and "Id". */
  private static String keyName(String text, Segment before) {
    String name = placeholder(text);
    if (name != null) {
      return name;
    }
    return (before == null || before.kind() != Kind.NAME ? "key" : before.simpleName()) + "Id";
  }

  private static String placeholder(String text) {
    Matcher m = PLACEHOLDER.matcher(text.trim());
    if (!m.find()) {
      return null;
    }
    String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    String first = inner.split("\\|")[0].trim();
    return first.isEmpty() ? null : first;
  }

  /** {@code a={x}&$expand=manager}: options the caller gives (one placeholder) and fixed ones; $-options with placeholders are left to the typed setters. */
  private static List<QueryPart> query(String query) {
    List<QueryPart> out = new ArrayList<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).trim();
      String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
      if (name.isEmpty()) {
        continue;
      }
      boolean onePlaceholder = ONE_PLACEHOLDER.matcher(value).matches();
      if (onePlaceholder && !name.startsWith("$")) {
        out.add(new QueryPart(name, null));
      } else if (!value.contains("{") && !value.contains("<")) {
        out.add(new QueryPart(name, value));
      }
    }
    return out;
  }

  /** The path with every key, item path and argument as "{}": requests with one shape are one request. */
  private static String shape(RequestDef r) {
    StringBuilder sb = new StringBuilder();
    for (PathPart p : r.path()) {
      sb.append(p.kind() == PathPart.Kind.LITERAL ? p.text().toLowerCase(Locale.ROOT) : "{}");
    }
    for (QueryPart q : r.query()) {
      sb.append('&').append(q.name());
    }
    return sb.toString();
  }
}
