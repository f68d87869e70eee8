package dev.pamir.pipeline;

import dev.pamir.model.Dependency;
import dev.pamir.model.Token;
import java.util.List;

/**
 * A DependencyParser gives the dependency tree of one sentence. Stages ask for it only for the
 * sentences they need, since parsing costs more than tagging. Implementations are thread-safe.
 */
public interface DependencyParser {

  /**
   * The arcs of the sentence made of {@code tokens} (tagged, in text order), one per token, with
   * tokens numbered from 0.
   */
  List<Dependency> parse(List<Token> tokens);
}
