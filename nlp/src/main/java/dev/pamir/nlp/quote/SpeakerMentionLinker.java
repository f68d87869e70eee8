package dev.pamir.nlp.quote;

import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.Layer;
import dev.pamir.model.Quote;
import dev.pamir.model.Span;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SpeakerMentionLinker is the stage that makes a quote's resolved speaker reference a mention
 * of the speaker's entity: when an attribution refers to the speaker by a pronoun or a description
 * ("he said", "the minister told reporters") and the quote stage resolved it to an entity, those
 * words are one more place where the article mentions that entity.
 *
 * <p>It adds a span only when the quote has both a speaker entity and a {@link Quote#speakerSpan()}
 * (the same rules that set the speaker), and only where it overlaps no mention of any entity and no
 * words in quotation marks: entities' mentions stay in text order and do not overlap across
 * entities. A description that names something else ("the Vermont senator") gives the words after
 * the last such name, its head ("senator"). Names need nothing: their span is already a mention.
 * Entities keep their order, ids and every other field.
 *
 * <p>Immutable and thread-safe: it holds no state.
 */
public final class SpeakerMentionLinker implements Stage {

  @Override
  public String name() {
    return "speaker-mentions";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.ENTITIES, Layer.QUOTES);
  }

  /** It refines the entity layer an earlier stage produced. */
  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    return in.withEntities(link(in.text(), in.annotations().entities(), in.annotations().quotes()));
  }

  /**
   * {@code entities} with the speaker references of {@code quotes} added to their mentions.
   *
   * @param text the article's text, which the spans point into
   */
  static List<Entity> link(String text, List<Entity> entities, List<Quote> quotes) {
    List<Span> names = new ArrayList<>();
    for (Entity e : entities) {
      names.addAll(e.mentions());
    }
    List<Span> taken = new ArrayList<>(names);
    for (Quote q : quotes) {
      if (q.direct()) {
        taken.add(q.span());
      }
    }
    Map<String, List<Span>> added = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Entity e : entities) {
      ids.add(e.id());
    }
    for (Quote q : quotes) {
      if (q.speaker().isEmpty() || q.speakerSpan().isEmpty()) {
        continue;
      }
      String id = q.speaker().get();
      Span span = afterNames(text, q.speakerSpan().get(), names);
      if (!ids.contains(id) || span.length() == 0 || overlapsAny(span, taken)) {
        continue;
      }
      taken.add(span);
      added.computeIfAbsent(id, k -> new ArrayList<>()).add(span);
    }
    if (added.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      List<Span> more = added.get(e.id());
      if (more == null) {
        out.add(e);
        continue;
      }
      List<Span> mentions = new ArrayList<>(e.mentions());
      mentions.addAll(more);
      mentions.sort(null);
      out.add(
          new Entity(e.id(), e.name(), e.type(), e.country(), e.roles(), e.aliases(), mentions));
    }
    return out;
  }

  /**
   * The part of {@code span} after the last of {@code names} that ends inside it, without the space
   * before it: the head of a description that names something else.
   */
  private static Span afterNames(String text, Span span, List<Span> names) {
    int from = span.start();
    for (Span name : names) {
      if (name.start() >= span.start() && name.end() <= span.end() && name.end() > from) {
        from = name.end();
      }
    }
    while (from < span.end() && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    return new Span(from, span.end());
  }

  private static boolean overlapsAny(Span span, List<Span> spans) {
    for (Span s : spans) {
      if (s.start() < span.end() && span.start() < s.end()) {
        return true;
      }
    }
    return false;
  }
}
