/**
 * Output stage: what graphdocs may replace and how it writes. {@link io.github.graphdocs.output.OutputFolder}
 * is the one implementation of the output-ownership rule (the CLI and the Maven plugin both use it;
 * the plugin only adds its own {@link io.github.graphdocs.output.ProtectedFolder}s);
 * {@link io.github.graphdocs.output.OutputTreeWriter} replaces an output folder atomically, keeping
 * unchanged files' bytes and times, with the {@link io.github.graphdocs.output.OutputMarker} that
 * lets the next run know the folder; {@link io.github.graphdocs.output.ReportFile} writes one report
 * file. Reads paths and finished file texts; produces files and diagnostics. Imports only
 * {@code diagnostics} and the JDK.
 */
package io.github.graphdocs.output;
