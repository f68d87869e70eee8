/**
 * The REST API over the knowledge base: {@link dev.pamir.web.ApiServer} answers GET requests under
 * {@code /api} with JSON, lists as {@code {"items": [...], "total": n}}, bad parameters as 400 with
 * the parameter named, and never a stack trace.
 */
@NullMarked
package dev.pamir.web;

import org.jspecify.annotations.NullMarked;
