/**
 * The runtime of generated graphdocs models: hand-written, unit-tested code that does not depend on the
 * docs and that every generated model uses instead of emitting it per class. Reads and writes JSON
 * through Jackson; may import Jackson, JSpecify and the JDK only, never graphdocs' generator.
 */
package io.github.graphdocs.runtime;
