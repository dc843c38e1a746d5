package io.github.graphdocs.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which documented type an example is a payload of: the type its annotation names, or else the
 * type the operation on the same API page gives its request or response body. A create (POST answered
 * with 201) or an update (PATCH, PUT) sends the type it returns. When no type can be told, the example is
 * skipped with the reason.
 */
public final class ExampleTypeResolver {
  /** Skip reasons; the report counts examples per reason. */
  public static final String SKIP_RESOURCE = "resource block (a placeholder, not a payload)";
  public static final String SKIP_REQUEST_UNTYPED = "request body type unknown (no annotation type; the operation gives none)";
  public static final String SKIP_RESPONSE_UNTYPED = "response type unknown (no annotation type; the operation gives none)";
  public static final String SKIP_UNTYPED = "type unknown (no annotation type)";
  public static final String SKIP_AMBIGUOUS = "type ambiguous (the page documents operations with different body types)";

  /** How an example is typed: its type and how that was found, or why it is skipped. */
  public record Typing(TypeRef type, boolean collection, String typedBy, String skipReason) {
    static Typing skip(String reason) {
      return new Typing(null, false, null, reason);
    }

    public boolean skipped() {
      return skipReason != null;
    }
  }

  private final Map<String, List<OperationDef>> operationsByFile = new HashMap<>();
  private final DocumentedTypeChecker types;

  public ExampleTypeResolver(Schema schema) {
    this.types = new DocumentedTypeChecker(schema);
    for (OperationDef op : schema.operations()) {
      operationsByFile.computeIfAbsent(op.source().file(), k -> new ArrayList<>()).add(op);
    }
  }

  /** The operations documented on the example's page. */
  public List<OperationDef> operationsOf(ExampleDef example) {
    return operationsByFile.getOrDefault(example.source().file(), List.of());
  }

  public Typing resolve(ExampleDef example) {
    String block = example.blockType() == null ? "" : example.blockType().toLowerCase(Locale.ROOT);
    if (block.equals("resource")) {
      return Typing.skip(SKIP_RESOURCE);
    }
    if (example.type() != null) {
      return new Typing(element(example.type()), example.isCollection() || example.type().collection(), "annotation", null);
    }
    List<OperationDef> ops = operationsOf(example);
    if (block.equals("request")) {
      return fromOperations(ops, true);
    }
    if (block.equals("response")) {
      return fromOperations(ops, false);
    }
    return Typing.skip(SKIP_UNTYPED);
  }

  private Typing fromOperations(List<OperationDef> ops, boolean request) {
    Set<String> keys = new TreeSet<>();
    TypeRef found = null;
    String how = null;
    for (OperationDef op : ops) {
      TypeRef t = request ? requestBody(op) : op.responseType();
      if (t != null) {
        keys.add(t.key());
        found = t;
        how = request && op.requestType() == null ? "operation (" + op.method() + " sends what it returns)" : "operation";
      }
    }
    if (keys.size() > 1) {
      return Typing.skip(SKIP_AMBIGUOUS);
    }
    if (found == null) {
      return Typing.skip(request ? SKIP_REQUEST_UNTYPED : SKIP_RESPONSE_UNTYPED);
    }
    return new Typing(element(found), found.collection(), how, null);
  }

  /**
   * The documented request body type, or for a create or update the type it returns, provided that
   * every request-body property the page lists is a property of that type (else the body holds action
   * parameters, which no type describes).
   */
  private TypeRef requestBody(OperationDef op) {
    if (op.requestType() != null) {
      return op.requestType();
    }
    String method = op.method() == null ? "" : op.method().toUpperCase(Locale.ROOT);
    boolean sendsEntity = method.equals("PATCH") || method.equals("PUT") || method.equals("POST") && op.statusCode() == 201;
    TypeRef returned = op.responseType();
    if (!sendsEntity || returned == null || returned.collection() || returned.isPrimitive()) {
      return null;
    }
    TypeDef def = types.find(returned.name());
    if (def == null) {
      return null;
    }
    for (PropertyDef p : op.requestProperties()) {
      if (types.property(def, p.name()) == null) {
        return null;
      }
    }
    return returned;
  }

  /**
   * For an example neither its annotation nor its operation types: the type its payload names itself
   * in {@code @odata.type}. A collection's members must all name one (their nearest common base type is
   * used). Null when the payload does not tell.
   */
  public Typing fromPayload(JsonNode root) {
    if (root == null) {
      return null;
    }
    boolean collection = root.isArray() || root.isObject() && root.path("value").isArray() && onlyAnnotationsBesideValue(root);
    JsonNode members = root.isArray() ? root : collection ? root.get("value") : null;
    TypeDef common = null;
    if (members == null) {
      common = named(root);
    } else {
      for (JsonNode m : members) {
        TypeDef t = named(m);
        if (t == null) {
          return null;
        }
        common = common == null ? t : commonBase(common, t);
        if (common == null) {
          return null;
        }
      }
    }
    return common == null ? null : new Typing(TypeRef.of(common.qualifiedName()), collection, "payload @odata.type", null);
  }

  private static boolean onlyAnnotationsBesideValue(JsonNode root) {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals("value") && !name.startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  private TypeDef named(JsonNode node) {
    JsonNode id = node.isObject() ? node.get("@odata.type") : null;
    if (id == null || !id.isTextual()) {
      return null;
    }
    String name = id.textValue().startsWith("#") ? id.textValue().substring(1) : id.textValue();
    TypeDef t = types.find(name);
    return t == null || t.kind() == TypeKind.ENUM ? null : t;
  }

  private TypeDef commonBase(TypeDef a, TypeDef b) {
    Set<String> seen = new HashSet<>();
    for (TypeDef c = a; c != null && seen.add(c.lowerName()); c = c.baseType() == null ? null : types.find(c.baseType())) {
      if (types.isSubtype(b, c)) {
        return c;
      }
    }
    return null;
  }

  private static TypeRef element(TypeRef t) {
    return t.asCollection(false);
  }
}
