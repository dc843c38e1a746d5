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
    List<DocPage> pages = new ArrayList<>(input);
    pages.sort(Comparator.comparing((DocPage p) -> p.isApiPage()).thenComparing(DocPage::path));
    index.chooseNamespaceSpellings(pages);
    pages = pages.stream().map(index::withCanonicalNamespace).toList();

    // read: what every page states, unresolved
    PageEvidenceReader evidence = new PageEvidenceReader(diagnostics, index.drafts);
    ApiPageReader api = new ApiPageReader(diagnostics, evidence.propertyTables());
    List<OperationDraft> operations = new ArrayList<>();
    List<ExampleDraft> examples = new ArrayList<>();
    for (DocPage page : pages) {
      try {
        evidence.readPage(page);
        OperationDraft op = page.isApiPage() ? api.readOperation(page) : null;
        if (op != null) {
          operations.add(op);
        }
        examples.addAll(api.readExamples(page, op));
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
    index.indexDrafts();

    // resolve: one pass per concern, in this order
    BaseTypeResolver bases = new BaseTypeResolver(index, diagnostics);
    KindResolver kinds = new KindResolver(index, diagnostics);
    EnumResolver enums = new EnumResolver(index);
    NullabilityResolver nullability = new NullabilityResolver(index);
    PropertyResolver properties = new PropertyResolver(index, enums, nullability, diagnostics);
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
