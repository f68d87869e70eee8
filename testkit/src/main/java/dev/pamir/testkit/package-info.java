/**
 * Test support shared by every module's tests: {@link dev.pamir.testkit.ArticleInvariants}, the one
 * checker every stage's tests run their output through, and {@link
 * dev.pamir.testkit.LoopbackHttpServer}, a real HTTP server on 127.0.0.1.
 */
@NullMarked
package dev.pamir.testkit;

import org.jspecify.annotations.NullMarked;
