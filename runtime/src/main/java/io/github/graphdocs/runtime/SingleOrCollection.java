package io.github.graphdocs.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the getter of a {@code List} property that payloads give both as a single value and as a
 * collection (the docs' examples split): either shape is read into the list, and the object is
 * written back in the shape it was read in (a single value read stays a single value while the list
 * holds one item).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SingleOrCollection {}
