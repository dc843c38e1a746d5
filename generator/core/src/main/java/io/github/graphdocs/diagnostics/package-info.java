/**
 * Diagnostics that run alongside every stage: stable codes, severities, locations, and a collector
 * that never throws. Imports nothing of graphdocs.
 */
package io.github.graphdocs.diagnostics;
