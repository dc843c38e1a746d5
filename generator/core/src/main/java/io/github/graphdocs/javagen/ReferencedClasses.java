package io.github.graphdocs.javagen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The library classes that emitted code names: Jackson's annotations and databind types, and java.util. */
final class ReferencedClasses {
  private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
  static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON_ANNOTATION, "JsonAutoDetect");
  static final ClassName JSON_TYPE_INFO = ClassName.get(JACKSON_ANNOTATION, "JsonTypeInfo");
  static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnyGetter");
  static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON_ANNOTATION, "JsonAnySetter");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON_ANNOTATION, "JsonCreator");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON_ANNOTATION, "JsonValue");
  static final ClassName JSON_FORMAT = ClassName.get(JACKSON_ANNOTATION, "JsonFormat");
  static final ClassName JSON_TYPE_ID_RESOLVER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonTypeIdResolver");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName JAVA_TYPE = ClassName.get("com.fasterxml.jackson.databind", "JavaType");
  static final ClassName DATABIND_CONTEXT = ClassName.get("com.fasterxml.jackson.databind", "DatabindContext");
  static final ClassName TYPE_ID_RESOLVER_BASE = ClassName.get("com.fasterxml.jackson.databind.jsontype.impl", "TypeIdResolverBase");
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);
  static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName SET = ClassName.get(Set.class);
  static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
  static final ClassName LINKED_HASH_SET = ClassName.get(java.util.LinkedHashSet.class);
  static final ClassName HASH_MAP = ClassName.get(HashMap.class);
  static final ClassName LOCALE = ClassName.get(Locale.class);
  static final TypeName MAP_STRING_OBJECT = ParameterizedTypeName.get(MAP, STRING, OBJECT);

  private ReferencedClasses() {}
}
