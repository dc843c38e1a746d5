package io.github.graphdocs.replay;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.graphdocs.runtime.ODataObject;
import io.github.graphdocs.javagen.RequestApiEmitter.EmittedMethod;
import io.github.graphdocs.runtime.http.ODataRequest;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.PathPart;
import io.github.graphdocs.schema.RequestDef.QueryPart;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the generated call of an exchange example: the request line's method called with the
 * example's keys and item paths (decoded), its function arguments (as the parameters' types), its
 * query placeholders, and its body read as the parameters' or the body's type; the example's other
 * query options added with {@code query}.
 */
final class ExchangeCall {
  /** The request, or why it could not be built (a doc problem or a graphdocs defect). */
  record Built(ODataRequest<?> request, String problem, boolean problemIsDocs, String detail) {
    static Built of(ODataRequest<?> r) {
      return new Built(r, null, false, "");
    }

    static Built docs(String problem, String detail) {
      return new Built(null, problem, true, detail);
    }

    static Built defect(String problem, String detail) {
      return new Built(null, problem, false, detail);
    }
  }

  private final ObjectMapper mapper;
  private final ClassLoader loader;
  private final Map<RequestDef, EmittedMethod> methods;

  ExchangeCall(ObjectMapper mapper, ClassLoader loader, Map<RequestDef, EmittedMethod> methods) {
    this.mapper = mapper;
    this.loader = loader;
    this.methods = methods;
  }

  Built build(RequestMatcher.Match match, JsonNode body, String rawBody) {
    RequestDef r = match.request();
    EmittedMethod em = methods.get(r);
    if (em == null) {
      return Built.defect("no generated method for the request line", r.text());
    }
    int count = (int) r.path().stream().filter(p -> p.kind() != PathPart.Kind.LITERAL).count()
        + (int) r.query().stream().filter(q -> q.value() == null).count()
        + switch (r.bodyKind()) {
          case PARAMETERS -> r.bodyParameters().size();
          case CREATE, UPDATE, REPLACE, BYTES -> 1;
          default -> 0;
        };
    Method m;
    try {
      m = ContractReplayer.method(Class.forName(em.className(), true, loader), em);
    } catch (ClassNotFoundException e) {
      return Built.defect("the generated request class is missing", em.className());
    }
    if (m == null) {
      return Built.defect("the generated method is missing", em.className() + "." + em.methodName());
    }
    Type[] types = m.getGenericParameterTypes();
    Object[] args = new Object[count];
    int a = 0;
    int v = 0;
    for (PathPart p : r.path()) {
      if (p.kind() == PathPart.Kind.LITERAL) {
        continue;
      }
      String text = match.values().get(v++);
      if (p.kind() == PathPart.Kind.ARGUMENT) {
        Object value = literal(text, m.getParameterTypes()[a]);
        if (value == null) {
          return Built.docs("a function argument of the example does not fit its documented type",
              p.text() + "=" + text + " (" + m.getParameterTypes()[a].getSimpleName() + ")");
        }
        args[a++] = value;
      } else {
        args[a++] = RequestMatcher.decode(text);
      }
    }
    Map<String, String> query = new LinkedHashMap<>(match.query());
    for (QueryPart q : r.query()) {
      if (q.value() == null) {
        args[a++] = take(query, q.name());
      }
      // a fixed option of the template is replaced by the example's value, if it gives one, below
    }
    switch (r.bodyKind()) {
      case PARAMETERS -> {
        for (ParameterDef p : r.bodyParameters()) {
          JsonNode node = body == null ? null : member(body, p.name());
          if (node == null || node.isNull()) {
            args[a++] = null;
            continue;
          }
          try {
            JavaType jt = mapper.getTypeFactory().constructType(types[a]);
            args[a++] = mapper.convertValue(node, jt);
          } catch (IllegalArgumentException e) {
            return Built.docs("a parameter of the request example does not fit its documented type", p.name() + ": " + e.getMessage());
          }
        }
      }
      case CREATE, UPDATE, REPLACE -> {
        JsonNode node = body == null ? mapper.createObjectNode() : body;
        try {
          Object value = m.getParameterTypes()[a] == Object.class ? node
              : mapper.convertValue(node, mapper.getTypeFactory().constructType(types[a]));
          args[a++] = r.bodyKind() == RequestDef.BodyKind.UPDATE ? setAgain(value, node) : value;
        } catch (IllegalArgumentException e) {
          return Built.docs("the request example's body does not fit its documented type", e.getMessage());
        } catch (IllegalStateException e) {
          return Built.defect("the model cannot set a property it read", e.getMessage());
        }
      }
      case BYTES -> args[a++] = rawBody.getBytes(StandardCharsets.UTF_8);
      default -> { }
    }
    ODataRequest<?> request;
    try {
      request = (ODataRequest<?>) m.invoke(null, args);
    } catch (InvocationTargetException e) {
      return Built.defect("the generated method failed", String.valueOf(ContractReplayer.cause(e)));
    } catch (IllegalAccessException e) {
      return Built.defect("the generated method cannot be called", e.getMessage());
    }
    for (Map.Entry<String, String> q : query.entrySet()) {
      request = request.query(q.getKey(), q.getValue());
    }
    return Built.of(request);
  }

  /**
   * An update body read from the example counts as just read, nothing changed, and a PATCH sends only
   * what changed: the example's members are set again through the model's setters (and its
   * undocumented members added again), as an application sets the properties it changes.
   */
  private Object setAgain(Object value, JsonNode node) {
    if (!(value instanceof ODataObject object) || !node.isObject()) {
      return value;
    }
    // additional data read counts as read too: taken out, forgotten, and added again
    Map<String, Object> extra = new LinkedHashMap<>(object.getAdditionalData());
    object.getAdditionalData().clear();
    object.clearChanges();
    extra.forEach(object::setAdditionalData);
    BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(value.getClass()));
    for (BeanPropertyDefinition p : description.findProperties()) {
      if (node.has(p.getName()) && p.hasSetter() && p.hasGetter()) {
        try {
          p.getSetter().callOnWith(object, p.getGetter().getValue(object));
        } catch (Exception e) {
          throw new IllegalStateException(p.getName() + ": " + e.getMessage(), e);
        }
      }
    }
    if (node.has("@odata.type")) {
      object.setODataType(object.getODataType());
    }
    return object;
  }

  private static String take(Map<String, String> query, String name) {
    for (Iterator<Map.Entry<String, String>> it = query.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, String> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        it.remove();
        return e.getValue();
      }
    }
    return "";
  }

  private static JsonNode member(JsonNode body, String name) {
    if (!body.isObject()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return body.get(n);
      }
    }
    return null;
  }

  /** A function argument's literal text as a value of the parameter's class; null when it is none. */
  static Object literal(String text, Class<?> type) {
    String t = text.trim();
    boolean quoted = t.length() >= 2 && t.startsWith("'") && t.endsWith("'");
    String content = quoted ? t.substring(1, t.length() - 1).replace("''", "'") : RequestMatcher.decode(t);
    if (quoted) {
      content = RequestMatcher.decode(content);
    }
    try {
      if (type == String.class) {
        return content;
      } else if (type == Integer.class) {
        return Integer.valueOf(content);
      } else if (type == Long.class) {
        return Long.valueOf(content);
      } else if (type == Short.class) {
        return Short.valueOf(content);
      } else if (type == Double.class) {
        return Double.valueOf(content);
      } else if (type == Float.class) {
        return Float.valueOf(content);
      } else if (type == BigDecimal.class) {
        return new BigDecimal(content);
      } else if (type == Boolean.class) {
        return content.equals("true") ? Boolean.TRUE : content.equals("false") ? Boolean.FALSE : null;
      } else if (type == LocalDate.class) {
        return LocalDate.parse(content);
      } else if (type == LocalTime.class) {
        return LocalTime.parse(content);
      } else if (type == OffsetDateTime.class) {
        return OffsetDateTime.parse(content);
      } else if (type == UUID.class) {
        return UUID.fromString(content);
      }
      Method fromValue = type.getMethod("fromValue", String.class);
      return fromValue.invoke(null, content);
    } catch (RuntimeException | ReflectiveOperationException notThatType) {
      return null;
    }
  }
}
