package io.github.graphdocs.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the getter of a property the service sets and a client never sends (the docs say "Read-only"):
 * read and written back by plain Jackson like any other, left out of request bodies written by
 * {@link RequestBodyWriter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {}
