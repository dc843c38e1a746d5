package io.github.graphdocs.javagen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.pipeline.GraphDocs;
import io.github.graphdocs.runtime.http.ODataMethod;
import io.github.graphdocs.runtime.http.ODataRequest;
import io.github.graphdocs.runtime.http.ResponseType;
import io.github.graphdocs.schema.ParameterDef;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.RequestDef.PathPart;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.ServiceOperationDef;
import io.github.graphdocs.schema.TypeRef;
import io.github.graphdocs.verify.CompiledModelLoader;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed request API of the tiny API pages in {@code pages/operations-bound}, emitted with the
 * model, compiled with {@code -Xlint:all -Werror} and called: each method builds the documented
 * request (method, encoded path, body, response type, status).
 */
class RequestApiEmitterTest {
  private static final String PACKAGE = "io.github.graphdocs.model";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Emitted sources and the class loader of their compiled classes. */
  private record Compiled(Map<String, String> sources, ClassLoader loader) {}

  private static Compiled bound;

  @BeforeAll
  static void compile() throws Exception {
    bound = compiled(GraphDocs.analyze(Path.of(RequestApiEmitterTest.class.getResource("/pages/operations-bound").toURI())).schema());
  }

  /** The model and its request API, compiled (Jackson and the runtime on the class path) and loaded. */
  private static Compiled compiled(Schema schema) throws Exception {
    Map<String, String> all = new TreeMap<>(new ModelEmitter(schema, PACKAGE, new DiagnosticCollector()).emitSources());
    all.putAll(new RequestApiEmitter(schema, PACKAGE).emitSources());
    List<JavaFileObject> files = new ArrayList<>();
    all.forEach((name, text) -> files.add(JavaFileObjects.forSourceString(name, text)));
    List<File> classPath = new ArrayList<>();
    for (Class<?> c : List.of(JsonProperty.class, ObjectMapper.class, JsonParser.class, ODataRequest.class,
        org.jspecify.annotations.NullMarked.class)) {
      classPath.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    Compilation c = Compiler.javac().withOptions("-Xlint:all").withClasspath(classPath).compile(files);
    assertThat(c).succeededWithoutWarnings();
    Map<String, byte[]> classes = new TreeMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String name = f.getName().replaceFirst("^/CLASS_OUTPUT/", "").replaceFirst("\\.class$", "").replace('/', '.');
        try (var in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        }
      }
    }
    return new Compiled(all, new CompiledModelLoader(classes, ObjectMapper.class.getClassLoader()));
  }

  private static ODataRequest<?> call(String className, String method, Object... args) throws Exception {
    return call(bound, className, method, args);
  }

  private static ODataRequest<?> call(Compiled compiled, String className, String method, Object... args) throws Exception {
    Class<?> c = Class.forName(PACKAGE + ".requests." + className, true, compiled.loader());
    for (Method m : c.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        return (ODataRequest<?>) m.invoke(null, args);
      }
    }
    throw new AssertionError("no " + method + "/" + args.length + " in " + className + ": "
        + Arrays.stream(c.getDeclaredMethods()).map(Method::getName).sorted().toList());
  }

  @Test
  void itCountsItsClassesWithoutBuildingThemOnePerFirstPathSegmentWhateverItsLetterCase() throws Exception {
    Schema schema = GraphDocs.analyze(Path.of(RequestApiEmitterTest.class.getResource("/pages/operations-bound").toURI())).schema();
    RequestApiEmitter requests = new RequestApiEmitter(schema, PACKAGE);
    long segments = schema.requests().stream().map(r -> r.group().toLowerCase(java.util.Locale.ROOT)).distinct().count();
    assertTrue(segments > 1, "the test pages have several first path segments");
    assertEquals(segments, requests.fileCount());
    assertEquals(requests.fileCount(), requests.emit().size());
  }

  @Test
  void anActionTakesItsPathKeysAndTypedParametersAndSendsThemAsTheBody() throws Exception {
    ODataRequest<?> r = call("UsersRequests", "sendMail", "a/b c", null, true);
    assertEquals(ODataMethod.POST, r.method());
    assertEquals("/users/a%2Fb%20c/sendMail", r.path());
    assertEquals(ODataRequest.BodyKind.PARAMETERS, r.bodyKind());
    assertEquals("{\"saveToSentItems\":true}", new String(r.bodyBytes(MAPPER), StandardCharsets.UTF_8));
    assertEquals(ResponseType.Shape.NONE, r.responseType().shape());
    assertEquals(202, r.expectedStatus());
  }

  @Test
  void aCreateSendsTheReadOnlyPropertiesItsOwnBodyTableListsAndNoOthers() throws Exception {
    Compiled replay = compiled(GraphDocs.analyze(Path.of(RequestApiEmitterTest.class.getResource("/pages/replay").toURI())).schema());
    String text = replay.sources().get(PACKAGE + ".requests.DomainsRequests");
    assertTrue(text.contains(".sendingReadOnly(\"isDefault\")"), text);
    Class<?> domain = Class.forName(PACKAGE + ".Domain", true, replay.loader());
    Object body = MAPPER.readValue("{\"id\":\"contoso.com\",\"authenticationType\":\"Managed\",\"isDefault\":true,\"isVerified\":true}",
        domain);
    ODataRequest<?> create = call(replay, "DomainsRequests", "create", body);
    assertEquals(java.util.Set.of("isDefault"), create.sentReadOnly());
    assertEquals("{\"id\":\"contoso.com\",\"authenticationType\":\"Managed\",\"isDefault\":true}",
        new String(create.bodyBytes(MAPPER), StandardCharsets.UTF_8), "isVerified stays out: the request's body table does not list it");
    assertTrue(replay.sources().get(PACKAGE + ".requests.UsersRequests").indexOf("sendingReadOnly") < 0,
        "a create page without a body table sends no read-only property");
  }

  @Test
  void aPathWithSeveralKeysTakesThemInOrder() throws Exception {
    ODataRequest<?> r = call("UsersRequests", "mailFoldersMessagesForward", "u1", "inbox", "m 1", "FYI", null);
    assertEquals("/users/u1/mailFolders/inbox/messages/m%201/forward", r.path());
    assertEquals("{\"comment\":\"FYI\"}", new String(r.bodyBytes(MAPPER), StandardCharsets.UTF_8));
  }

  @Test
  void aFunctionsArgumentsGoIntoThePathAsLiterals() throws Exception {
    ODataRequest<?> r = call("ReportsRequests", "getEmailActivityCounts", "D'7");
    assertEquals(ODataMethod.GET, r.method());
    assertEquals("/reports/getEmailActivityCounts(period='D''7')", r.path());
    assertNull(r.body());
    assertEquals(ResponseType.Shape.OBJECT, r.responseType().shape());
    assertEquals(PACKAGE + ".Report", r.responseType().type().getName());
  }

  @Test
  void aCollectionResponseIsAPageOfTheModelClass() throws Exception {
    ODataRequest<?> r = call("UsersRequests", "delta");
    assertEquals("/users/delta", r.path());
    assertEquals(ResponseType.Shape.COLLECTION, r.responseType().shape());
    assertEquals(PACKAGE + ".User", r.responseType().type().getName());
  }

  @Test
  void readsAreGetForOneAndListForACollectionAndTakeTheQuerySetters() throws Exception {
    assertEquals("/users/ada@contoso.com", call("UsersRequests", "get", "ada@contoso.com").path());
    ODataRequest<?> list = call("UsersRequests", "list");
    assertEquals("/users?$select=id&$top=2", list.select("id").top(2).pathAndQuery());
    assertEquals("/me", call("MeRequests", "get").path());
  }

  @Test
  void aCreateTakesTheModelObjectAndWritesItAsAPostBody() throws Exception {
    Class<?> calendar = Class.forName(PACKAGE + ".Calendar", true, bound.loader());
    Object body = calendar.getConstructor().newInstance();
    ODataRequest<?> r = call("MeRequests", "createCalendars", body);
    assertEquals(ODataMethod.POST, r.method());
    assertEquals(ODataRequest.BodyKind.CREATE, r.bodyKind());
    assertEquals(201, r.expectedStatus());
    assertEquals(calendar, r.responseType().type());
  }

  @Test
  void anUnboundFunctionIsInServiceRequestsAndReturnsAPrimitive() throws Exception {
    ODataRequest<?> r = call("ServiceRequests", "serviceStatus", "eu");
    assertEquals("/serviceStatus(region='eu')", r.path());
    assertEquals(ResponseType.Shape.PRIMITIVE, r.responseType().shape());
    assertEquals(String.class, r.responseType().type());
  }

  @Test
  void aFactoryOfATypedResponseStatesItsTypeArgumentInsteadOfHavingJavacInferIt() {
    String users = bound.sources().get(PACKAGE + ".requests.UsersRequests");
    String service = bound.sources().get(PACKAGE + ".requests.ServiceRequests");
    assertTrue(users.contains("ODataRequests.<User>collection(ODataMethod.GET, \"/users/delta\", 200, User.class)"), users);
    assertTrue(users.contains("ODataRequests.<User>object(ODataMethod.GET, "), users);
    assertTrue(service.contains("ODataRequests.<String>primitive(ODataMethod.GET, "), service);
    assertTrue(users.contains("ODataRequests.none(ODataMethod.POST, "), "a response without a body has no type argument: " + users);
    assertTrue(!users.contains("ODataRequests.object(") && !users.contains("ODataRequests.collection("), users);
  }

  @Test
  void methodsAreDocumentedWithTheirRequestLineAndPage() {
    String users = bound.sources().get(PACKAGE + ".requests.UsersRequests");
    assertTrue(users.contains("<code>POST /users/&#123;id | userPrincipalName&#125;/sendMail</code>: the action <code>sendMail</code>"), users);
    assertTrue(users.contains("Documented in api/user-sendmail.md:"), users);
  }

  @Test
  void hostileDocTextAndNamesCompileWithoutWarnings() throws Exception {
    SourceLocation at = SourceLocation.of("api/x.md", 1);
    RequestDef hostile = new RequestDef("class", "POST",
        List.of(PathPart.literal("/class/"), new PathPart(PathPart.Kind.KEY, "default", null),
            PathPart.literal("/do(int="), new PathPart(PathPart.Kind.ARGUMENT, "int", TypeRef.of("Edm.Int32")), PathPart.literal(")")),
        List.of("class", "do"), List.of(new RequestDef.QueryPart("$L*/", null)), RequestDef.BodyKind.PARAMETERS, null,
        List.of(new ParameterDef("new", TypeRef.of("Edm.String"), "", at), new ParameterDef("default", TypeRef.of("Edm.Boolean"), "", at)),
        new TypeRef("Edm.String", true), 0, ServiceOperationDef.Kind.ACTION, "do*/\\u000a",
        "/class/{default}/do(int={x}) */ $S \\u000a", at, List.of());
    Compiled c = compiled(new Schema(List.of(), List.of(), List.of(), List.of(), null, List.of(hostile)));
    String text = c.sources().get(PACKAGE + ".requests.ClassRequests");
    assertTrue(text.contains("public static ODataRequest<ODataCollection<String>> doU000a(String default_, Integer int_,"), text);
    assertTrue(text.contains("&#42;&#47;") && !text.contains("*/ $S"), "doc text cannot end the comment");
    ODataRequest<?> r = call(c, "ClassRequests", "doU000a", "x/y", 3, "v", "n", false);
    assertEquals("/class/x%2Fy/do(int=3)?$L*/=v", r.pathAndQuery());
    assertEquals("{\"new\":\"n\",\"default\":false}", new String(r.bodyBytes(MAPPER), StandardCharsets.UTF_8));
    assertEquals(ResponseType.Shape.COLLECTION, r.responseType().shape());
  }
}
