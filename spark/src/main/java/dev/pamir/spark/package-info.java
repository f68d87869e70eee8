/**
 * Pamir on Apache Spark: the analysis, events and stories of {@code pamir analyze}, spread over a
 * cluster's executors, with the same output.
 */
@NullMarked
package dev.pamir.spark;

import org.jspecify.annotations.NullMarked;
