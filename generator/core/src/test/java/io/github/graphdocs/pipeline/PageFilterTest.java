package io.github.graphdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Maven-style page globs, relative to the docs folder. */
class PageFilterTest {
  @ParameterizedTest
  @CsvSource({
      "**/*.md, resources/user.md, true",
      "**/*.md, user.md, true",
      "*.md, user.md, true",
      "*.md, resources/user.md, false",
      "resources/*.md, resources/user.md, true",
      "resources/*.md, resources/nested/user.md, false",
      "resources/**, resources/nested/user.md, true",
      "resources/, resources/nested/user.md, true",
      "**/user*.md, api/users/user-get.md, true",
      "**/user?.md, resources/users.md, true",
      "**/user?.md, resources/user.md, false",
      "api/**/list-*.md, api/list-users.md, true",
      "api/**/list-*.md, api/a/b/list-users.md, true",
      "./resources/*.md, resources/user.md, true",
      "Resources/*.md, resources/user.md, false",
      "resources/a+b.md, resources/a+b.md, true",
      "resources/a+b.md, resources/aab.md, false",
  })
  void anIncludeSelectsTheMatchingPages(String include, String page, boolean selected) {
    assertEquals(selected, PageFilter.of(List.of(include), List.of()).accepts(page));
  }

  @Test
  void anExcludeWinsOverAnInclude() {
    PageFilter f = PageFilter.of(List.of("resources/**"), List.of("**/*-beta.md"));
    assertTrue(f.accepts("resources/user.md"));
    assertFalse(f.accepts("resources/user-beta.md"));
    assertFalse(f.accepts("api/user-get.md"));
  }

  @Test
  void onlyExcludesSelectEverythingElse() {
    PageFilter f = PageFilter.of(List.of(), List.of("api/"));
    assertTrue(f.accepts("resources/user.md"));
    assertFalse(f.accepts("api/user-get.md"));
  }

  @Test
  void noPatternsIsEveryPage() {
    assertSame(PageFilter.ALL, PageFilter.of(null, List.of()));
    assertTrue(PageFilter.ALL.all());
    assertTrue(PageFilter.ALL.accepts("any/thing.md"));
  }

  @Test
  void backslashesAreSeparators() {
    assertTrue(PageFilter.of(List.of("resources\\*.md"), List.of()).accepts("resources/user.md"));
  }

  @Test
  void unmatchedIncludesAreNamed() {
    PageFilter f = PageFilter.of(List.of("resources/**", "resource/**"), List.of());
    assertEquals(List.of("resource/**"), f.unmatchedIncludes(List.of("resources/user.md", "api/x.md")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "/abs/**", "C:/docs/*.md", "../other/*.md", "resources/../../x.md"})
  void anEmptyAbsoluteOrClimbingPatternIsRefused(String pattern) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PageFilter.of(Arrays.asList(pattern), List.of()));
    assertTrue(e.getMessage().contains("pattern"), e.getMessage());
  }
}
