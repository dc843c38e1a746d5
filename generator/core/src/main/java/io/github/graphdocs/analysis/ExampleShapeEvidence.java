package io.github.graphdocs.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.LenientJson;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.TypeKind;
import io.github.graphdocs.schema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The docs' payload examples (request, response and example blocks typed to a type) as evidence about
 * the shape of each property: a single value or a collection, an object or a plain value. Where every
 * example contradicts the property's table, the schema follows the examples (GD320); where the examples
 * are split, the table's shape is kept and the property is marked as seen in both shapes (GD321); an
 * object where the table gives a plain value, or the reverse, is reported (GD322). Resource blocks are
 * not evidence here: they are templates written from the table, compared with it where they are read.
 */
final class ExampleShapeEvidence {
  private static final int MAX_DEPTH = 64;

  /** What the examples show of one property. */
  private static final class Seen {
    final String owner;
    final PropertyDef property;
    int single;
    int collection;
    int object;
    int plain;
    SourceLocation firstSingle;
    SourceLocation firstCollection;
    SourceLocation firstObject;
    SourceLocation firstPlain;

    Seen(String owner, PropertyDef property) {
      this.owner = owner;
      this.property = property;
    }
  }

  private final TypeIndex index;
  private final DiagnosticCollector diagnostics;
  private Map<String, List<PropertyDef>> declared = Map.of();
  private final Map<PropertyDef, Seen> seen = new IdentityHashMap<>();
  private final Map<TypeDraft, Map<String, Owned>> members = new IdentityHashMap<>();

  ExampleShapeEvidence(TypeIndex index, DiagnosticCollector diagnostics) {
    this.index = index;
    this.diagnostics = diagnostics;
  }

  /** The declared properties with the shapes the examples show; reports every contradiction. */
  Map<String, List<PropertyDef>> apply(Map<String, List<PropertyDef>> properties, List<ExampleDef> examples) {
    this.declared = properties;
    for (ExampleDef e : examples) {
      if (e.type() == null || e.type().isPrimitive() || e.blockType().equals("resource") || e.json() == null) {
        continue;
      }
      TypeDraft t = structured(e.type().name());
      if (t == null) {
        continue;
      }
      LenientJson.Result r = LenientJson.parse(e.json());
      if (!r.ok()) {
        continue;
      }
      for (JsonNode element : elements(r.node(), e.type().collection(), t)) {
        readObject(t, element, e, 0);
      }
    }
    Map<String, List<PropertyDef>> out = new HashMap<>();
    for (Map.Entry<String, List<PropertyDef>> entry : new TreeMap<>(properties).entrySet()) {
      List<PropertyDef> list = new ArrayList<>(entry.getValue().size());
      for (PropertyDef p : entry.getValue()) {
        Seen s = seen.get(p);
        list.add(s == null ? p : decide(s));
      }
      out.put(entry.getKey(), list);
    }
    return out;
  }

  private PropertyDef decide(Seen s) {
    PropertyDef p = s.property;
    TypeRef type = p.type();
    String what = "property '" + p.name() + "' of " + s.owner;
    if (s.object > 0 && s.plain == 0 && expectsPlain(type) || s.plain > 0 && s.object == 0 && expectsObject(type)) {
      boolean objects = s.object > 0;
      diagnostics.report(DiagnosticCode.EXAMPLE_SHAPE_KIND, objects ? s.firstObject : s.firstPlain,
          what + " is " + type.csdl() + " in its table, but the examples show " + (objects ? "an object" : "a plain value")
              + " here; the table's type is kept", p.source());
    }
    if (s.single > 0 && s.collection > 0) {
      SourceLocation other = type.collection() ? s.firstSingle : s.firstCollection;
      diagnostics.report(DiagnosticCode.EXAMPLE_SHAPES_SPLIT, other,
          what + " is " + (type.collection() ? "a collection" : "a single value") + " in its table and in "
              + (type.collection() ? s.collection : s.single) + " example(s), but " + (type.collection() ? "a single value" : "a collection")
              + " in " + (type.collection() ? s.single : s.collection) + " (the first here); the model reads both shapes",
          p.source());
      return new PropertyDef(p.name(), type, p.navigation(), p.nullable(), p.readOnly(), true, p.description(), p.source());
    }
    boolean onlySingle = s.single > 0 && s.collection == 0;
    boolean onlyCollection = s.collection > 0 && s.single == 0;
    if (type.collection() && onlySingle || !type.collection() && onlyCollection) {
      TypeRef followed = type.asCollection(onlyCollection);
      diagnostics.report(DiagnosticCode.EXAMPLE_SHAPE_CONTRADICTS_TABLE, onlySingle ? s.firstSingle : s.firstCollection,
          what + " is " + type.csdl() + " in its table, but every example (" + (onlySingle ? s.single : s.collection)
              + ", the first here) shows " + (onlySingle ? "a single value" : "a collection") + "; the schema follows the examples: "
              + followed.csdl(), p.source());
      return new PropertyDef(p.name(), followed, p.navigation(), p.nullable(), p.readOnly(), false, p.description(), p.source());
    }
    return p;
  }

  private boolean expectsPlain(TypeRef type) {
    return type.isPrimitive() ? !type.isUnknown() && !type.name().equals("Edm.Stream") : isEnum(type.name());
  }

  /** A structured type that declares nothing (such as a {@code Json} type) stands for any JSON value. */
  private boolean expectsObject(TypeRef type) {
    TypeDraft t = type.isPrimitive() ? null : structured(type.name());
    if (t == null) {
      return false;
    }
    List<TypeDraft> chain = new ArrayList<>(index.ancestors(t));
    chain.add(t);
    return chain.stream().anyMatch(c -> !declared.getOrDefault(c.key, List.of()).isEmpty());
  }

  private boolean isEnum(String name) {
    return index.kinds.get(name.toLowerCase(Locale.ROOT)) == TypeKind.ENUM;
  }

  private TypeDraft structured(String qualifiedName) {
    TypeDraft t = index.drafts.get(qualifiedName.toLowerCase(Locale.ROOT));
    TypeKind k = t == null ? null : index.kinds.get(t.key);
    return k == TypeKind.ENTITY || k == TypeKind.COMPLEX ? t : null;
  }

  /** The objects an example holds: itself, the members of an array, or of a {@code value} envelope. */
  private List<JsonNode> elements(JsonNode root, boolean collection, TypeDraft t) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(out::add);
    } else if (root.isObject() && root.path("value").isArray() && (collection || isEnvelope(root, t))) {
      root.get("value").forEach(out::add);
    } else if (root.isObject()) {
      out.add(root);
    }
    return out;
  }

  private boolean isEnvelope(JsonNode root, TypeDraft t) {
    if (property(t, "value") != null) {
      return false;
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!name.equals("value") && !name.startsWith("@")) {
        return false;
      }
    }
    return true;
  }

  private void readObject(TypeDraft declaredType, JsonNode node, ExampleDef e, int depth) {
    if (!node.isObject() || depth > MAX_DEPTH) {
      return;
    }
    TypeDraft t = effectiveType(declaredType, node);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (name.startsWith("@") || name.contains("@")) {
        continue;
      }
      Owned owned = property(t, name);
      if (owned == null || owned.property.type().isUnknown() || field.getValue().isNull()) {
        continue;
      }
      observe(owned, field.getValue(), e, name, depth);
    }
  }

  private void observe(Owned owned, JsonNode value, ExampleDef e, String name, int depth) {
    PropertyDef p = owned.property;
    Seen s = seen.computeIfAbsent(p, k -> new Seen(owned.owner.name, p));
    Place at = new Place(e, name);
    if (value.isArray()) {
      s.collection++;
      s.firstCollection = s.firstCollection == null ? at.get() : s.firstCollection;
      for (JsonNode element : value) {
        observeElement(s, p.type(), element, e, at, depth);
      }
    } else {
      s.single++;
      s.firstSingle = s.firstSingle == null ? at.get() : s.firstSingle;
      observeElement(s, p.type(), value, e, at, depth);
    }
  }

  private void observeElement(Seen s, TypeRef type, JsonNode value, ExampleDef e, Place at, int depth) {
    if (value.isNull() || value.isArray()) {
      return;
    }
    if (value.isObject()) {
      s.object++;
      s.firstObject = s.firstObject == null ? at.get() : s.firstObject;
      TypeDraft t = type.isPrimitive() ? null : structured(type.name());
      if (t != null) {
        readObject(t, value, e, depth + 1);
      }
    } else {
      s.plain++;
      s.firstPlain = s.firstPlain == null ? at.get() : s.firstPlain;
    }
  }

  /** The type an object is: its {@code @odata.type} when that names a type derived from the declared one. */
  private TypeDraft effectiveType(TypeDraft declaredType, JsonNode node) {
    JsonNode id = node.get("@odata.type");
    if (id == null || !id.isTextual()) {
      return declaredType;
    }
    TypeDraft named = structured(WrittenTypeNames.stripHash(id.textValue()));
    return named != null && (named == declaredType || index.ancestors(named).contains(declaredType)) ? named : declaredType;
  }

  private record Owned(TypeDraft owner, PropertyDef property) {}

  /** The property a type or one of its bases declares under this exact wire name. */
  private Owned property(TypeDraft t, String wireName) {
    return members.computeIfAbsent(t, this::membersOf).get(wireName);
  }

  /** Every property a type has by wire name, its own before its bases'. */
  private Map<String, Owned> membersOf(TypeDraft t) {
    Map<String, Owned> out = new HashMap<>();
    List<TypeDraft> chain = new ArrayList<>();
    chain.add(t);
    chain.addAll(index.ancestors(t));
    for (TypeDraft c : chain) {
      for (PropertyDef p : declared.getOrDefault(c.key, List.of())) {
        out.putIfAbsent(p.name(), new Owned(c, p));
      }
    }
    return out;
  }

  /** Where a member stands in an example, found only when a first sighting needs it. */
  private static final class Place {
    private final ExampleDef example;
    private final String name;
    private SourceLocation at;

    Place(ExampleDef example, String name) {
      this.example = example;
      this.name = name;
    }

    SourceLocation get() {
      if (at == null) {
        at = locate(example, name);
      }
      return at;
    }
  }

  /** The line of the member's first occurrence in the example, or the example's first line. */
  private static SourceLocation locate(ExampleDef e, String name) {
    String json = e.json();
    int i = json.indexOf("\"" + name + "\"");
    if (i < 0) {
      return e.source();
    }
    int lines = 0;
    for (int k = 0; k < i; k++) {
      if (json.charAt(k) == '\n') {
        lines++;
      }
    }
    return SourceLocation.of(e.source().file(), e.source().line() + lines);
  }
}
