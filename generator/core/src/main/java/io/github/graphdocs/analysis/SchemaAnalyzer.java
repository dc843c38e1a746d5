package io.github.graphdocs.analysis;

import io.github.graphdocs.analysis.ApiPageReader.ExampleDraft;
import io.github.graphdocs.analysis.ApiPageReader.OperationDraft;
import io.github.graphdocs.diagnostics.DiagnosticCode;
import io.github.graphdocs.diagnostics.DiagnosticCollector;
import io.github.graphdocs.diagnostics.SourceLocation;
import io.github.graphdocs.markdown.DocPage;
import io.github.graphdocs.schema.ExampleDef;
import io.github.graphdocs.schema.OperationDef;
import io.github.graphdocs.schema.PropertyDef;
import io.github.graphdocs.schema.Schema;
import io.github.graphdocs.schema.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Builds the checked {@link Schema} from read pages: merges each type over all its pages, resolves
 * names, base types (annotation, prose, derived-type lists, "Inherited from" cells, the implicit key
 * base), kinds, enums and property types, subtracts inherited properties, and reads operations and
 * examples. Reports every inconsistency; throws nothing for bad docs. Each step is a pass over a
 * shared {@link TypeIndex}; {@link #analyze} runs them in order.
 */
public final class SchemaAnalyzer {
  private final DiagnosticCollector diagnostics;

  public SchemaAnalyzer(DiagnosticCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Schema analyze(List<DocPage> input) {
    TypeIndex index = new TypeIndex();
    List<DocPage> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing((DocPage p) -> p.isApiPage()).thenComparing(DocPage::path));
    index.chooseNamespaceSpellings(sorted);
    List<DocPage> pages = sorted.stream().map(index::withCanonicalNamespace).toList();

    // read: what every page states, unresolved. A page's operation and examples depend on nothing
    // the other pages say, so they are read in the common pool while this thread reads the type
    // evidence, which merges the pages into the drafts in page order; both keep page order.
    PageEvidenceReader evidence = new PageEvidenceReader(diagnostics, index.drafts);
    ApiPageReader api = new ApiPageReader(diagnostics, evidence.propertyTables());
    ForkJoinTask<List<PageRequests>> requestReading =
        ForkJoinPool.commonPool().submit(() -> pages.parallelStream().map(p -> readRequests(api, p)).toList());
    for (DocPage page : pages) {
      guarded(page, () -> evidence.readPage(page));
    }
    // the descriptions' statements are worked out in the pool (free once the requests are read) while
    // this thread runs the passes before the properties' (DescriptionFacts)
    DescriptionFacts facts = new DescriptionFacts();
    facts.prepare(DescriptionFacts.descriptionsOf(index.drafts.values()));
    List<OperationDraft> operations = new ArrayList<>();
    List<ExampleDraft> examples = new ArrayList<>();
    for (PageRequests r : requestReading.join()) {
      if (r.operation() != null) {
        operations.add(r.operation());
      }
      examples.addAll(r.examples());
    }
    index.indexDrafts();

    // resolve: one pass per concern, in this order
    BaseTypeResolver bases = new BaseTypeResolver(index, diagnostics);
    KindResolver kinds = new KindResolver(index, diagnostics);
    EnumResolver enums = new EnumResolver(index);
    NullabilityResolver nullability = new NullabilityResolver(index, facts);
    PropertyResolver properties = new PropertyResolver(index, enums, nullability, facts, diagnostics);
    bases.applyDerivedLists(evidence.derived());
    properties.bindRequestBodies(operations);
    index.checkNames(diagnostics);
    kinds.markAddressable(operations);
    kinds.decideKeys();
    bases.resolveBases();
    nullability.applyRequiredOnCreate(evidence.requiredOnCreate());
    kinds.decideKinds();
    enums.createEnumsFromReferences();
    Map<String, List<PropertyDef>> declared = properties.resolveProperties();
    declared = nullability.applyRequiredComplexValues(declared);
    SchemaBuilder builder = new SchemaBuilder(index, diagnostics);
    List<ExampleDef> exs = builder.buildExamples(examples);
    declared = new ExampleShapeEvidence(index, diagnostics).apply(declared, exs);

    // build: the immutable schema
    List<TypeDef> types = builder.buildTypes(declared);
    OperationResolver operationResolver = new OperationResolver(index, diagnostics);
    List<OperationDef> ops = operationResolver.buildOperations(operations);
    OperationResolver.ServiceModel service = operationResolver.resolveService(operations, types);
    return new Schema(types, ops, exs, service.operations(), service.container(), service.requests());
  }

  /** A page's operation (null when it has none) and examples, as {@link ApiPageReader} reads them. */
  private record PageRequests(OperationDraft operation, List<ExampleDraft> examples) {}

  private PageRequests readRequests(ApiPageReader api, DocPage page) {
    PageRequests[] read = {new PageRequests(null, List.of())};
    guarded(page, () -> {
      OperationDraft op = page.isApiPage() ? api.readOperation(page) : null;
      read[0] = new PageRequests(op, api.readExamples(page, op));
    });
    return read[0];
  }

  /** Runs one page's reading; what it throws is reported at the page, and the other pages are still read. */
  private void guarded(DocPage page, Runnable reading) {
    try {
      reading.run();
    } catch (RuntimeException e) {
      // a bug in graphdocs, not in the page: said plainly, and the other pages are still read
      diagnostics.report(DiagnosticCode.INTERNAL_ERROR, SourceLocation.ofFile(page.path()),
          "the page could not be analysed (" + e + "); the rest of the docs is still checked");
    } catch (Error e) {
      // out of memory or stack on one page: that page's findings are incomplete, the others are not
      diagnostics.report(DiagnosticCode.PAGE_EXCEEDS_LIMITS, SourceLocation.ofFile(page.path()),
          "analysing the page failed: " + limitReached(e) + "; what it states may be missing from the model");
    }
  }

  /** What an {@link Error} during analysis means to the user. */
  public static String limitReached(Error e) {
    if (e instanceof OutOfMemoryError) {
      return "it ran out of memory (raise -Xmx, or split the page)";
    }
    if (e instanceof StackOverflowError) {
      return "it ran out of stack (the page nests too deeply; raise -Xss, or simplify the page)";
    }
    return "the JVM failed (" + e + ")";
  }
}
