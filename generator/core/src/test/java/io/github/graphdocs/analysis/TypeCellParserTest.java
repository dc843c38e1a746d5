package io.github.graphdocs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeCellParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "String                                  | Edm.String         | false",
      "string                                  | Edm.String         | false",
      "Int32                                   | Edm.Int32          | false",
      "int                                     | Edm.Int32          | false",
      "Edm.Int64                               | Edm.Int64          | false",
      "dateTimeOffset                          | Edm.DateTimeOffset | false",
      "Guid                                    | Edm.Guid           | false",
      "String collection                       | Edm.String         | true",
      "Collection(String)                      | Edm.String         | true",
      "collection of recipients                | recipient          | true",
      "identitySet                             | identitySet        | false",
      "microsoft.graph.callRecords.session collection | microsoft.graph.callRecords.session | true",
      "string, maximum size 20                 | Edm.String         | false",
      "Untyped JSON object                     | Edm.Untyped        | false",
      "itemAnalytics resource                  | itemAnalytics      | false",
      "String or Int32                         | Edm.Untyped        | false",
  })
  void cells(String cell, String name, boolean collection) {
    TypeCellParser.Parsed p = TypeCellParser.parseCell(cell);
    assertEquals(name, p.name());
    assertEquals(collection, p.collection());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''", "Enumeration", "---"})
  void cellsThatNameNoType(String cell) {
    assertNull(TypeCellParser.parseCell(cell));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "String (timestamp)                      | Edm.DateTimeOffset",
      "String (identifier)                     | Edm.String",
      "String (ISO 8601 duration)              | Edm.Duration",
      "String (time of day)                    | Edm.TimeOfDay",
      "<Unknown Primitive Type Edm.Stream>     | Edm.Stream",
      "binary                                  | Edm.Binary",
      "Guid                                    | Edm.Guid",
      "4.2                                     | Edm.Double",
      "Int64                                   | Edm.Int64",
      "Boolean                                 | Edm.Boolean",
  })
  void placeholders(String value, String name) {
    assertEquals(name, TypeCellParser.parsePlaceholder(value).name());
  }
}
