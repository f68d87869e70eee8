/**
 * Ingest: every way an article comes in, and cleaning.
 *
 * <p>{@link dev.pamir.ingest.InputResolver} turns what the user named (files, folders, URLs) into
 * {@link dev.pamir.ingest.Input}s; {@link dev.pamir.ingest.InputReader} reads one into raw
 * documents, rejections, or more inputs (a feed's items); {@link dev.pamir.ingest.ArticleCleaner}
 * turns a raw document into an article with clean text and metadata. Everything that comes from
 * outside is bounded by {@link dev.pamir.pipeline.Limits}.
 */
@NullMarked
package dev.pamir.ingest;

import org.jspecify.annotations.NullMarked;
