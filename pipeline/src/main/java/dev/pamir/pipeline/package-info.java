/**
 * The pipeline contract: a {@link dev.pamir.pipeline.Stage} declares the layers it needs and adds,
 * and a {@link dev.pamir.pipeline.Pipeline} refuses stages whose needs no earlier stage meets.
 * Depends on the model and the JDK only.
 */
@NullMarked
package dev.pamir.pipeline;

import org.jspecify.annotations.NullMarked;
