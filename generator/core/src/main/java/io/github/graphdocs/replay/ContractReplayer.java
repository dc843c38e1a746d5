package io.github.graphdocs.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.graphdocs.javagen.ModelEmitter;
import io.github.graphdocs.javagen.RequestApiEmitter;
import io.github.graphdocs.javagen.RequestApiEmitter.EmittedMethod;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.markdown.LenientJson;
import io.github.graphdocs.replay.ReplayResult.Status;
import io.github.graphdocs.runtime.http.ODataExecutor;
import io.github.graphdocs.runtime.http.ODataRequest;
import io.github.graphdocs.runtime.http.ODataTransportException;
import io.github.graphdocs.schema.RequestDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.verify.CompiledModelLoader;
import io.github.graphdocs.verify.InMemoryCompiler;
import io.github.graphdocs.verify.JsonTreeComparator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays the exchange examples of API pages through the generated request API: emits the model and
 * its request API, compiles them in memory (or takes classes already compiled), and for each example
 * builds the call from the example's path, query and body ({@link ExchangeCall}), sends it with the
 * runtime's executor to a local server that answers with the documented response
 * ({@link ReplayServer}), and checks what was sent and what was read.
 */
public final class ContractReplayer {
  private static final Pattern REQUEST_LINE = Pattern.compile("^(GET|POST|PATCH|PUT|DELETE)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\S+\\s+(\\d{3})");

  private final String basePackage;
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  public ContractReplayer(String basePackage) {
    this.basePackage = basePackage;
  }

  /** Emits, compiles in memory and replays every exchange example of the pages. */
  public ReplayReport replay(Schema schema, List<DocPage> pages) {
    Map<String, String> sources = new java.util.TreeMap<>(new ModelEmitter(schema, basePackage,
        new io.github.graphdocs.diagnostics.DiagnosticCollector()).emitSources());
    RequestApiEmitter requests = new RequestApiEmitter(schema, basePackage);
    sources.putAll(requests.emitSources());
    InMemoryCompiler.Result compiled = new InMemoryCompiler(List.of(), List.of(ODataRequest.class)).compile(sources);
    if (!compiled.success()) {
      return new ReplayReport(List.of(), false, compiled.messages());
    }
    ClassLoader loader = new CompiledModelLoader(compiled.classes(), ContractReplayer.class.getClassLoader());
    return replay(schema, pages, requests.emittedMethods(), loader);
  }

  /** Replays through a model and request API already compiled (with this base package) and on the class path of {@code loader}. */
  public ReplayReport replay(Schema schema, List<DocPage> pages, ClassLoader loader) {
    RequestApiEmitter requests = new RequestApiEmitter(schema, basePackage);
    requests.emit();
    return replay(schema, pages, requests.emittedMethods(), loader);
  }

  private ReplayReport replay(Schema schema, List<DocPage> pages, Map<RequestDef, EmittedMethod> methods, ClassLoader loader) {
    RequestMatcher matcher = new RequestMatcher(schema.requests());
    List<ReplayResult> results = new ArrayList<>();
    List<DocPage> sorted = new ArrayList<>(pages);
    sorted.sort(java.util.Comparator.comparing(DocPage::path));
    try (ReplayServer server = ReplayServer.start()) {
      ODataExecutor executor = ODataExecutor.builder(server.root()).mapper(mapper).maxRetries(0)
          .timeout(java.time.Duration.ofSeconds(30)).build();
      ExchangeCall calls = new ExchangeCall(mapper, loader, methods);
      for (DocPage page : sorted) {
        if (!page.isApiPage()) {
          continue;
        }
        for (ExchangeExample e : ExchangeExampleReader.read(page)) {
          results.add(replayOne(schema, e, matcher, calls, server, executor));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot start the local replay server", e);
    }
    return new ReplayReport(results, true, List.of());
  }

  private ReplayResult replayOne(Schema schema, ExchangeExample e, RequestMatcher matcher, ExchangeCall calls,
      ReplayServer server, ODataExecutor executor) {
    Matcher line = REQUEST_LINE.matcher(e.request().firstLine());
    if (!line.find()) {
      return result(Status.SKIPPED, e, "the request example has no 'METHOD URL' line", "");
    }
    String method = line.group(1).toUpperCase(java.util.Locale.ROOT);
    String url = io.github.graphdocs.analysis.RequestLines.pathText(e.request().firstLine().substring(line.end()));
    Matcher status = STATUS_LINE.matcher(e.response().firstLine());
    int documentedStatus = status.find() ? Integer.parseInt(status.group(1)) : 200;
    if (documentedStatus >= 400) {
      return result(Status.SKIPPED, e, "an error example", "");
    }
    RequestMatcher.ExamplePath path = RequestMatcher.examplePath(url);
    if (path == null) {
      return result(Status.DOC_ERROR, e, "the request example's URL is no path", url);
    }
    RequestMatcher.Match match = matcher.match(method, path, e.page());
    if (match == null) {
      return result(Status.DOC_ERROR, e, "the request example fits none of the documented request lines",
          method + " " + path.path());
    }
    JsonNode requestBody = null;
    if (!e.request().body().isBlank() && match.request().bodyKind() != RequestDef.BodyKind.BYTES) {
      LenientJson.Result parsed = LenientJson.parse(e.request().body());
      if (!parsed.ok()) {
        return result(Status.SKIPPED, e, "the request body is not JSON", parsed.error());
      }
      requestBody = parsed.node();
    }
    ExchangeCall.Built built = calls.build(match, requestBody, e.request().body());
    if (built.problem() != null) {
      return result(built.problemIsDocs() ? Status.DOC_ERROR : Status.MODEL_DEFECT, e, built.problem(), built.detail());
    }
    String responseBody = e.response().body();
    if (!responseBody.isBlank()) {
      LenientJson.Result parsed = LenientJson.parse(responseBody);
      if (parsed.ok()) {
        responseBody = parsed.node().toString();
      } else if (responseBody.trim().startsWith("{") || responseBody.trim().startsWith("[")) {
        return result(Status.DOC_ERROR, e, "the response example is not valid JSON", parsed.error());
      }
    }
    server.answer(documentedStatus, e.response().headers().getOrDefault("content-type", "application/json"), responseBody);
    try {
      executor.send(built.request());
    } catch (ODataTransportException failure) {
      Throwable cause = failure.getCause();
      boolean docs = cause instanceof io.github.graphdocs.runtime.ODataReadException
          || cause instanceof com.fasterxml.jackson.core.JsonProcessingException && !(cause
          instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException);
      return result(docs ? Status.DOC_ERROR : Status.MODEL_DEFECT, e, docs
          ? "the response example does not fit the documented response type" : "the documented response cannot be read",
          String.valueOf(failure.getMessage()));
    }
    ReplayServer.Received sent = server.received();
    if (!sent.method().equals(method)) {
      return result(Status.MODEL_DEFECT, e, "the call sends another method", sent.method() + " instead of " + method);
    }
    String sentPath = RequestMatcher.decode(sent.path().substring(server.rootPath().length()));
    String documentedPath = RequestMatcher.decode(path.path());
    if (!sentPath.equalsIgnoreCase(documentedPath)) {
      if (sameArgumentsButLiteralForm(sentPath, documentedPath)) {
        return result(Status.DOC_ERROR, e, "a function argument of the example is written in another literal form than its documented type's",
            documentedPath + " (the type gives " + sentPath + ")");
      }
      return result(Status.MODEL_DEFECT, e, "the call sends another path", sentPath + " instead of " + path.path());
    }
    if (!sameQuery(sent.query(), path.query())) {
      return result(Status.MODEL_DEFECT, e, "the call sends another query", sent.query() + " instead of " + path.query());
    }
    if (requestBody != null && match.request().bodyKind() != RequestDef.BodyKind.NONE) {
      return compareBodies(schema, e, match, requestBody, sent.body());
    }
    return ReplayResult.passed(e);
  }

  private ReplayResult compareBodies(Schema schema, ExchangeExample e, RequestMatcher.Match match, JsonNode documented, String sentText) {
    RequestDef request = match.request();
    JsonNode sent;
    try {
      sent = sentText.isEmpty() ? mapper.createObjectNode() : mapper.readTree(sentText);
    } catch (IOException notJson) {
      return result(Status.MODEL_DEFECT, e, "the call sends a body that is not JSON", sentText);
    }
    List<JsonTreeComparator.Difference> differences = new ArrayList<>();
    for (JsonTreeComparator.Difference d : new JsonTreeComparator().compare(documented, sent)) {
      // a member the example sends as null and the call leaves out says the same
      if (!(d.kind() == JsonTreeComparator.Kind.LOST && d.expected().isNull())) {
        differences.add(d);
      }
    }
    if (differences.isEmpty()) {
      return ReplayResult.passed(e);
    }
    if (request.bodyKind() == RequestDef.BodyKind.PARAMETERS && documented instanceof ObjectNode o) {
      List<String> undocumented = new ArrayList<>();
      o.fieldNames().forEachRemaining(n -> {
        if (request.bodyParameters().stream().noneMatch(p -> p.name().equalsIgnoreCase(n))) {
          undocumented.add(n);
        }
      });
      if (!undocumented.isEmpty()) {
        return result(Status.DOC_ERROR, e, "the request example sends members the request-body table does not document",
            String.join(", ", undocumented));
      }
    }
    if (!request.source().file().equals(e.page())) {
      return result(Status.DOC_ERROR, e, "the request example fits only a request line of another page, whose body differs",
          request.source() + "; first " + differences.get(0).describe());
    }
    String docs = null;
    for (JsonTreeComparator.Difference d : differences) {
      String why = BodyDifferences.docsCause(d, differences);
      if (why == null && d.kind() == JsonTreeComparator.Kind.LOST && request.bodyKind() != RequestDef.BodyKind.PARAMETERS
          && BodyDifferences.readOnlyMember(schema, request.bodyType(), d.path())) {
        why = "the request example sends a property its type documents as read-only";
      }
      if (why == null) {
        return result(Status.MODEL_DEFECT, e, "the call sends another body", differences.size() + " difference(s), first "
            + d.describe());
      }
      docs = docs == null ? why : docs;
    }
    return result(Status.DOC_ERROR, e, docs, differences.get(0).describe());
  }

  /**
   * Whether two paths differ only in how function arguments are written: quotes around a value
   * ({@code date='2018-03-05'} for an Edm.Date) or an enum member's type prefix
   * ({@code microsoft.graph.timeZoneStandard'Iana'}).
   */
  static boolean sameArgumentsButLiteralForm(String a, String b) {
    return literalForm(a).equalsIgnoreCase(literalForm(b));
  }

  private static String literalForm(String path) {
    return path.replaceAll("[A-Za-z_][A-Za-z0-9_.]*\\.[A-Za-z_][A-Za-z0-9_]*'", "'").replace("'", "");
  }

  private static boolean sameQuery(Map<String, String> sent, Map<String, String> documented) {
    if (sent.size() != documented.size()) {
      return false;
    }
    for (Map.Entry<String, String> d : documented.entrySet()) {
      String v = null;
      for (Map.Entry<String, String> s : sent.entrySet()) {
        if (s.getKey().equalsIgnoreCase(d.getKey())) {
          v = s.getValue();
        }
      }
      if (!d.getValue().equals(v)) {
        return false;
      }
    }
    return true;
  }

  private static ReplayResult result(Status status, ExchangeExample e, String cause, String detail) {
    return new ReplayResult(status, e.page(), e.request().at(), cause, detail == null ? "" : detail);
  }

  /** Unwraps what a reflective call threw. */
  static Throwable cause(InvocationTargetException e) {
    return e.getCause() == null ? e : e.getCause();
  }

  /** The emitted method itself: its name and its parameters' types (overloads share a name). */
  static Method method(Class<?> c, EmittedMethod em) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(em.methodName()) && m.getParameterCount() == em.parameterTypes().size()) {
        java.lang.reflect.Type[] types = m.getGenericParameterTypes();
        boolean same = true;
        for (int i = 0; i < types.length && same; i++) {
          same = types[i].getTypeName().equals(em.parameterTypes().get(i));
        }
        if (same) {
          return m;
        }
      }
    }
    return null;
  }
}
