/**
 * The knowledge base: analysed articles with every layer the contract names, their events with
 * actors as rows, and stories, kept in SQLite (embedded, the default) or PostgreSQL, with full-text
 * search over article text, quotes and event evidence.
 *
 * <p>{@link dev.pamir.store.ArticleStore} is the one entry point. Storing an article again (the
 * same id) replaces it; each batch is one transaction, so a process killed halfway leaves no part
 * of the batch behind. Every query is parameterised.
 */
@NullMarked
package dev.pamir.store;

import org.jspecify.annotations.NullMarked;
