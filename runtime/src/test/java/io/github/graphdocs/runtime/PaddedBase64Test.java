package io.github.graphdocs.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaddedBase64Test {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static byte[] decode(String s) {
    return PaddedBase64.decode(("xx" + s + "yy").toCharArray(), 2, s.length());
  }

  /** What Jackson's parser gives for the JSON string {@code s}, or null when it rejects it. */
  private static byte[] jackson(String s) throws IOException {
    try (JsonParser p = MAPPER.createParser(("\"" + s + "\"").getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      return p.getBinaryValue(Base64Variants.getDefaultVariant());
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      return null;
    }
  }

  @Test
  void paddedStandardBase64OfEveryLengthIsDecodedToItsBytes() {
    Random random = new Random(11);
    for (int length = 1; length < 200; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      assertArrayEquals(bytes, decode(Base64.getEncoder().encodeToString(bytes)), "length " + length);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "QUJ", "QQ", "Q", "QQ=", "QU JD", " QUJD", "QUJD ", "QUJD\n", "QQ=x", "QUJD====",
      "Q===", "QUJ-", "QUJ_", "QU=D", "=QUJ", "QUJDQ===", "QUJé", "QU\u0100D"})
  void anythingElseIsLeftToJackson(String text) {
    assertNull(decode(text));
  }

  @Test
  void unusedBitsOfTheLastUnitAreDroppedAsJacksonDropsThem() throws IOException {
    assertArrayEquals(jackson("QR=="), decode("QR=="));
    assertArrayEquals(jackson("QUJ="), decode("QUJ="));
    assertArrayEquals(new byte[] {65}, decode("QR=="));
  }

  /** Random texts near base64: whatever this decoder accepts, Jackson accepts, with the same bytes. */
  @Test
  void itNeverAcceptsWhatJacksonRejectsNorGivesOtherBytes() throws IOException {
    Random random = new Random(3);
    String near = "AQw+/=-_ \n\u00e9";
    int accepted = 0;
    for (int n = 0; n < 5000; n++) {
      byte[] bytes = new byte[random.nextInt(12)];
      random.nextBytes(bytes);
      String text = NearMisses.edit(random, Base64.getEncoder().encodeToString(bytes), near);
      String s = text.replace("\n", "\\n");
      byte[] mine = decode(text);
      if (mine != null) {
        accepted++;
        assertArrayEquals(jackson(s), mine, s);
      }
    }
    assertEquals(true, accepted > 1000, "accepted " + accepted);
  }

  private static Object readBinary(ObjectMapper mapper, String json) throws IOException {
    try (JsonParser p = mapper.createParser(json.getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      DeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
          .createInstance(mapper.getDeserializationConfig(), p, null);
      return StrictScalarDeserializer.of(EdmScalar.BINARY).deserialize(p, ctxt);
    }
  }

  @Test
  void anEdmBinaryReadsPaddedTextTextWithWhiteSpaceAndAnotherVariantAsJacksonDoes() throws IOException {
    assertArrayEquals("ABC".getBytes(StandardCharsets.US_ASCII), (byte[]) readBinary(MAPPER, "\"QUJD\""));
    assertArrayEquals("ABCABC".getBytes(StandardCharsets.US_ASCII), (byte[]) readBinary(MAPPER, "\"QUJD\\nQUJD\""));
    ObjectMapper url = new ObjectMapper().setBase64Variant(Base64Variants.MODIFIED_FOR_URL);
    assertArrayEquals(new byte[] {-5, -1}, (byte[]) readBinary(url, "\"-_8\""));
  }

  @Test
  void anEdmBinaryThatIsNotBase64IsStillRejected() {
    assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> readBinary(MAPPER, "\"QUJ-\""));
    assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> readBinary(MAPPER, "\"QUJ\""));
  }
}
