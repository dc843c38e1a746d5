/**
 * A hand-written model shaped exactly like what graphdocs generates (one file per kind: a root entity,
 * abstract types with their {@code Other} form, subtypes, a complex type, enums, the registry), so that
 * the runtime's behaviour is tested on the shape it serves.
 */
@NullMarked
@ODataModel(registry = ModelTypes.class)
package io.github.graphdocs.runtime.prototype;

import io.github.graphdocs.runtime.ODataModel;
import org.jspecify.annotations.NullMarked;
