/**
 * The {@code graphdocs} command line (picocli): {@code generate}, {@code schema}, {@code check} and
 * {@code verify}. Reads arguments; calls the core's {@code pipeline}, exporters and verifier; writes
 * reports and exit codes (0 no error, 1 errors, 2 usage). Knows nothing of how docs are read; may
 * import picocli and every core package.
 */
package io.github.graphdocs.cli;
