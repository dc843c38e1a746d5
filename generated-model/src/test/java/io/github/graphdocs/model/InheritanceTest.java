package io.github.graphdocs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The class hierarchy and property types of the seed schema (issue 2, item 4). */
class InheritanceTest {

  @Test
  void recordOperationExtendsCommsOperationExtendsAbstractEntity() {
    assertSame(CommsOperation.class, RecordOperation.class.getSuperclass());
    assertSame(Entity.class, CommsOperation.class.getSuperclass());
    assertSame(Entity.class, LongRunningOperation.class.getSuperclass());
    assertSame(io.github.graphdocs.runtime.ODataObject.class, Entity.class.getSuperclass());
    assertSame(io.github.graphdocs.runtime.ODataObject.class, ResultInfo.class.getSuperclass());
    assertTrue(Modifier.isAbstract(Entity.class.getModifiers()));
    for (Class<?> concrete : List.of(CommsOperation.class, RecordOperation.class, LongRunningOperation.class,
        ResultInfo.class)) {
      assertFalse(Modifier.isAbstract(concrete.getModifiers()), concrete.getSimpleName());
    }
  }

  @Test
  void inheritedPropertiesAreNotDeclaredAgain() {
    assertEquals(Set.of("getRecordingLocation", "getRecordingAccessToken"), declaredGetters(RecordOperation.class));
    assertEquals(Set.of("getClientContext", "getCreatedDateTime", "getLastActionDateTime", "getResultInfo", "getStatus"),
        declaredGetters(CommsOperation.class));
    assertEquals(Set.of("getCreatedDateTime", "getLastActionDateTime", "getResourceLocation", "getStatus",
        "getStatusDetail"), declaredGetters(LongRunningOperation.class));
    assertTrue(declaredGetters(Entity.class).contains("getId"));
    assertThrows(NoSuchMethodException.class, () -> RecordOperation.class.getDeclaredMethod("getId"));
  }

  @Test
  void propertiesHaveTheDocumentedTypes() throws Exception {
    assertSame(String.class, Entity.class.getMethod("getId").getReturnType());
    assertSame(OffsetDateTime.class, CommsOperation.class.getMethod("getCreatedDateTime").getReturnType());
    assertSame(ResultInfo.class, CommsOperation.class.getMethod("getResultInfo").getReturnType());
    assertSame(OperationStatus.class, CommsOperation.class.getMethod("getStatus").getReturnType());
    assertSame(LongRunningOperationStatus.class, LongRunningOperation.class.getMethod("getStatus").getReturnType());
    assertSame(Integer.class, ResultInfo.class.getMethod("getCode").getReturnType());
    assertSame(Integer.class, ResultInfo.class.getMethod("getSubcode").getReturnType());
    assertSame(String.class, ResultInfo.class.getMethod("getMessage").getReturnType());
  }

  @Test
  void aSubtypeInstanceIsUsableAsEachSupertype() {
    RecordOperation record = new RecordOperation();
    record.setId("1");
    record.setStatus(OperationStatus.COMPLETED);
    record.setRecordingLocation("loc");
    CommsOperation asComms = record;
    Entity asEntity = record;
    assertEquals("1", asEntity.getId());
    assertSame(OperationStatus.COMPLETED, asComms.getStatus());
  }

  private static Set<String> declaredGetters(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName)
        .filter(n -> n.startsWith("get") && !n.equals("getODataType") && !n.equals("getAdditionalData"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
