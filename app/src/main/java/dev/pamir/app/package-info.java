/**
 * Application services: {@link dev.pamir.app.Composition}, the one place that builds and wires
 * every part, and {@link dev.pamir.app.BatchAnalyzer}, which analyses a batch of inputs in parallel
 * and hands the articles on in input order.
 */
@NullMarked
package dev.pamir.app;

import org.jspecify.annotations.NullMarked;
