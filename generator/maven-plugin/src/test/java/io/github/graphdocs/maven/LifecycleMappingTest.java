package io.github.graphdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The m2e lifecycle mapping shipped in the plugin jar covers every goal of the plugin descriptor. */
class LifecycleMappingTest {
  private static Document xml(InputStream in) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (in) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  /** Goal to action: {@code execute incremental=.. configuration=..} or {@code ignore}. */
  private static Map<String, String> mapping() throws Exception {
    InputStream in = LifecycleMappingTest.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml");
    assertNotNull(in, "META-INF/m2e/lifecycle-mapping-metadata.xml is on the plugin's class path");
    Map<String, String> actions = new TreeMap<>();
    NodeList executions = xml(in).getElementsByTagName("pluginExecution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element e = (Element) executions.item(i);
      Element execute = (Element) e.getElementsByTagName("execute").item(0);
      String action = execute == null ? "ignore"
          : "execute incremental=" + text(execute, "runOnIncremental") + " configuration=" + text(execute, "runOnConfiguration");
      NodeList goals = e.getElementsByTagName("goal");
      for (int g = 0; g < goals.getLength(); g++) {
        actions.put(goals.item(g).getTextContent().trim(), action);
      }
    }
    return actions;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  @Test
  void everyGoalHasItsAction() throws Exception {
    Map<String, String> expected = new TreeMap<>(Map.of(
        "generate", "execute incremental=true configuration=true",
        "check", "execute incremental=true configuration=false",
        "verify", "ignore",
        "help", "ignore"));
    assertEquals(expected, mapping());
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    Map<String, String> goals = new TreeMap<>();
    NodeList mojos = xml(Files.newInputStream(descriptor)).getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      goals.put(((Element) mojos.item(i)).getElementsByTagName("goal").item(0).getTextContent().trim(), "");
    }
    assertEquals(expected.keySet(), goals.keySet(), "the goals of the plugin descriptor");
  }
}
