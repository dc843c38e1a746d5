package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.analysis.ApiPageReader.RequestLine;
import io.github.graphdocs.analysis.OperationBinder.Call;
import io.github.graphdocs.analysis.PathTemplateParser.Argument;
import io.github.graphdocs.analysis.PathTemplateParser.Kind;
import io.github.graphdocs.analysis.PathTemplateParser.Segment;
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
 * line documented twice (same method and path shape) is kept once, the first page read.
 */
final class RequestResolver {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}|<([^<>]*)>|^\\(([^()]*)\\)$");

  private final OperationBinder binder;
  private final OperationSignatures signatures;
  private final TypeReferences refs;
  private final Map<String, ServiceOperationDef> operations = new HashMap<>();

  RequestResolver(OperationBinder binder, OperationSignatures signatures, TypeReferences refs, List<ServiceOperationDef> merged) {
    this.binder = binder;
    this.signatures = signatures;
    this.refs = refs;
    for (ServiceOperationDef op : merged) {
      operations.put(op.key(), op);
    }
  }

  List<RequestDef> resolve(List<OperationDraft> pages) {
    List<RequestDef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (OperationDraft page : pages) {
      for (RequestLine line : page.requests) {
        RequestDef r = request(page, line);
        if (r != null && seen.add(r.method() + " " + shape(r))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private RequestDef request(OperationDraft page, RequestLine line) {
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
    List<ParameterDef> inTables = calls && call.kind() == ServiceOperationDef.Kind.FUNCTION && !last.parenthesized()
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
    switch (line.method()) {
      case "POST" -> {
        if (calls && call.kind() == ServiceOperationDef.Kind.ACTION) {
          body = BodyKind.PARAMETERS;
          bodyParams = params;
        } else if (!calls) {
          body = BodyKind.CREATE;
          bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
        }
      }
      case "PATCH" -> {
        body = BodyKind.UPDATE;
        bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
      }
      case "PUT" -> {
        bodyType = known(refs.ofText(page.requestTypeName, page.namespace));
        body = bodyType != null ? BodyKind.REPLACE : BodyKind.BYTES;
      }
      case "DELETE" -> ret = null;
      default -> { }
    }
    return new RequestDef(group, line.method(), parts, names, query(line.path().query()), body, bodyType, bodyParams,
        ret, page.status, calls ? call.kind() : null, calls ? call.name() : null, line.path().text(), line.at());
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
      boolean onePlaceholder = value.matches("'?(\\{[^{}]*\\}|<[^<>]*>)'?");
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
