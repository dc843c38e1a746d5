package io.github.graphdocs.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On each package of a generated model (its {@code package-info.java}): the registry that resolves
 * the model's {@code @odata.type} names. Found from a model class, never from the payload.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ODataModel {
  /**
   * The model's registry.
   *
   * @return a class with a public no-argument constructor
   */
  Class<? extends ODataTypeRegistry> registry();
}
