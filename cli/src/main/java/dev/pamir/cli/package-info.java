/** The {@code pamir} command line: the only place that writes to the terminal. */
@NullMarked
package dev.pamir.cli;

import org.jspecify.annotations.NullMarked;
