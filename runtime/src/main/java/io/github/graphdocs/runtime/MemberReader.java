package io.github.graphdocs.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import java.io.IOException;

/**
 * Creates the objects of one concrete model class and reads a payload's members into them, for
 * {@link ODataObjectDeserializer}: {@link PropertyReader} for a class of the generated shape, else
 * Jackson's bean deserializer ({@link Bean}).
 */
interface MemberReader {
  /** A new, empty object of the class. */
  ODataObject create(DeserializationContext ctxt) throws IOException;

  /**
   * Reads the members of the object the parser is at (its start, a member name, or its end) into value.
   *
   * @param p the parser
   * @param ctxt the context
   * @param value the object to fill
   */
  void read(JsonParser p, DeserializationContext ctxt, ODataObject value) throws IOException;

  /** Jackson's bean deserializer of a class, built with {@link ODataPropertyRules}. */
  final class Bean implements MemberReader {
    private final BeanDeserializerBase deserializer;

    Bean(BeanDeserializerBase deserializer) {
      this.deserializer = deserializer;
    }

    @Override
    public ODataObject create(DeserializationContext ctxt) throws IOException {
      return (ODataObject) deserializer.getValueInstantiator().createUsingDefault(ctxt);
    }

    @Override
    public void read(JsonParser p, DeserializationContext ctxt, ODataObject value) throws IOException {
      deserializer.deserialize(p, ctxt, value);
    }
  }
}
