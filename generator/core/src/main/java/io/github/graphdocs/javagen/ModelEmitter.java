package io.github.graphdocs.javagen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import io.github.graphdocs.schema.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Emits the Java model of a checked schema with JavaPoet: one class per type, in a package per
 * namespace, over graphdocs' runtime (which fixes the wire format: strict values, {@code @odata.type}
 * polymorphism through the generated registry, unknown properties and enum values kept, explicit nulls,
 * request bodies). The only package that knows JavaPoet. Takes every name from the naming pass
 * ({@link ModelNames}, which also checks the JVM's size limits: {@link ModelSizeLimits}), then runs the per-kind
 * emitters: {@link StructuredTypeEmitter}, {@link EnumTypeEmitter}, {@link TypeRegistryEmitter} and
 * {@link PackageInfoEmitter}.
 */
public final class ModelEmitter {
  /** The simple name of package files; {@link #emitSources()} keys them as {@code package.package-info}. */
  public static final String PACKAGE_INFO = "package-info";
  private final Schema schema;
  private final String basePackage;
  private final DiagnosticCollector diagnostics;
  private ModelNames names;
  private Map<String, String> packageInfos;
  private boolean builders = true;

  /** The longest class name or package segment the model uses: file names hold at most 255 bytes. */
  public static final int MAX_NAME_LENGTH = JavaNames.MAX_NAME_LENGTH;

  /** Whether a word cannot be a package segment or identifier (a Java keyword or literal). */
  public static boolean isReservedWord(String word) {
    return JavaNames.KEYWORDS.contains(word);
  }

  /**
   * Whether a type stands for any JSON value (Graph's {@code Json}: a complex type without properties
   * or base that holds strings, numbers, arrays or objects). Properties of such a type are {@code JsonNode}.
   */
  public static boolean isFreeFormJson(TypeDef t) {
    return JavaTypeMapper.isFreeFormJson(t);
  }

  /** An emitter that runs the naming pass itself when it emits, reporting its findings to {@code diagnostics}. */
  public ModelEmitter(Schema schema, String basePackage, DiagnosticCollector diagnostics) {
    this.schema = schema;
    this.basePackage = basePackage;
    this.diagnostics = diagnostics;
  }

  /**
   * An emitter of names the naming pass has allocated already, and whose findings are reported: the
   * pipeline's, which names once for {@code check} and {@code generate} alike. Emission's own findings go to {@code diagnostics}.
   */
  public ModelEmitter(ModelNames names, DiagnosticCollector diagnostics) {
    this(names.schema(), names.basePackage(), diagnostics);
    this.names = names;
  }

  /**
   * Whether each structured type gets its fluent {@code Builder} and static {@code builder()} (the
   * default); without them the model has setters only, and half as many classes to compile.
   *
   * @param emitBuilders false for a model without builders
   * @return this emitter
   */
  public ModelEmitter withBuilders(boolean emitBuilders) {
    this.builders = emitBuilders;
    return this;
  }

  /**
   * All source files of the model (but the {@link #packageInfos()}), in a stable order; none when a
   * type is past a JVM size limit (which the naming pass reports as an error).
   */
  public List<JavaFile> emit() {
    List<JavaFile> files = new ArrayList<>();
    emit(files::add);
    return files;
  }

  /**
   * Emits the source files of the model one at a time, in {@link #emit()}'s order, passing each to
   * {@code each} as soon as it is built, so that a caller can render it and drop it; the
   * {@link #packageInfos()} are known once it returns.
   */
  public void emit(Consumer<JavaFile> each) {
    if (names == null) {
      names = ModelNames.allocate(schema, basePackage, diagnostics);
    }
    if (!names.withinSizeLimits()) {
      packageInfos = Map.of();
      return;
    }
    StructuredTypeEmitter structured = new StructuredTypeEmitter(names, new JavaTypeMapper(names), builders);
    EnumTypeEmitter enums = new EnumTypeEmitter(names);
    Set<String> packages = new TreeSet<>();
    for (TypeDef t : schema.types()) {
      TypeSpec spec = t.kind() == TypeKind.ENUM ? enums.emit(t) : structured.emit(t);
      String pkg = names.className(t).packageName();
      packages.add(pkg);
      each.accept(javaFile(pkg, spec));
    }
    packages.add(basePackage);
    each.accept(javaFile(basePackage, new TypeRegistryEmitter(names).emit(schema)));
    packageInfos = new PackageInfoEmitter(names).emit(packages);
  }

  /** How many files {@link #emit()} gives: one per type and the registry (none past a JVM size limit). */
  public int fileCount() {
    return names != null && !names.withinSizeLimits() ? 0 : schema.types().size() + 1;
  }

  /**
   * After {@link #emit()}: the text of each package's {@code package-info.java} ({@code @NullMarked},
   * the registry), by package name.
   */
  public Map<String, String> packageInfos() {
    return packageInfos == null ? Map.of() : packageInfos;
  }

  /**
   * The model as source text by qualified class name (package files as {@code package.package-info}),
   * sorted: what {@link #emit()} gives, rendered. Rendering runs in parallel as files are emitted
   * ({@link JavaSourceFiles}); the result does not depend on it.
   */
  public Map<String, String> emitSources() {
    Map<String, String> texts = new TreeMap<>();
    for (Map.Entry<String, String> e : JavaSourceFiles.render(this::emit, f -> Map.entry(qualifiedName(f), f.toString()), n -> { })) {
      texts.put(e.getKey(), e.getValue());
    }
    packageInfos().forEach((pkg, text) -> texts.put(pkg + "." + PACKAGE_INFO, text));
    return Collections.unmodifiableMap(texts);
  }

  /**
   * After {@link #emit()}: the Java class of each documented type, by lower-case qualified type name
   * (as {@link TypeDef#lowerName()}); enums included.
   */
  public Map<String, String> javaClassNames() {
    return names == null ? Collections.unmodifiableMap(new TreeMap<>()) : names.javaClassNames();
  }

  /** The qualified name of the class a file declares. */
  public static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  String packageFor(String namespace, String root) {
    return ModelNames.packageFor(basePackage, namespace, root);
  }

  private static JavaFile javaFile(String pkg, TypeSpec spec) {
    return JavaFile.builder(pkg, spec).skipJavaLangImports(true).indent("  ").build();
  }
}
