/**
 * The benchmarks: Pamir's article extractor measured against published baselines on the same pages,
 * in the same process. Not part of the build's tests; run by hand (see the module's pom).
 */
@NullMarked
package dev.pamir.bench;

import org.jspecify.annotations.NullMarked;
