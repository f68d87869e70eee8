package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An Article is one news report: its cleaned text, what it says about itself, and the layers of
 * analysis added to it so far.
 *
 * <p>The text never changes after cleaning; every annotation points into it. Articles are
 * immutable: a stage returns a new article with its layer added.
 *
 * @param id stable across runs for the same input
 * @param language an ISO 639-1 code when known
 * @param warnings what lenient parsing noticed but did not reject, bounded in number
 * @param annotations the analysis layers; every span fits the text
 */
public record Article(
    String id,
    SourceRef source,
    ArticleMetadata metadata,
    Optional<String> language,
    String text,
    Set<Layer> layers,
    List<String> warnings,
    Annotations annotations) {

  /** The most warnings an article keeps; later ones are dropped. */
  public static final int MAX_WARNINGS = 20;

  public Article {
    requireNonNull(id, "id is null");
    requireNonNull(source, "source is null");
    requireNonNull(metadata, "metadata is null");
    requireNonNull(language, "language is null");
    requireNonNull(text, "text is null");
    layers = Set.copyOf(requireNonNull(layers, "layers is null"));
    warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    if (!layers.contains(Layer.TEXT)) {
      throw new IllegalArgumentException("an article always has its text layer");
    }
    if (warnings.size() > MAX_WARNINGS) {
      warnings = warnings.subList(0, MAX_WARNINGS);
    }
    requireNonNull(annotations, "annotations is null").checkFits(text.length());
  }

  /** A freshly cleaned article: text and metadata, nothing analysed yet. */
  public static Article cleaned(
      String id, SourceRef source, ArticleMetadata metadata, String text, List<String> warnings) {
    return new Article(
        id,
        source,
        metadata,
        Optional.empty(),
        text,
        EnumSet.of(Layer.TEXT, Layer.METADATA),
        warnings,
        Annotations.EMPTY);
  }

  public Article withLanguage(String code) {
    return new Article(
        id, source, metadata, Optional.of(code), text, plus(Layer.LANGUAGE), warnings, annotations);
  }

  /** This article with its language looked at and found unknown. */
  public Article withLanguageUnknown() {
    return new Article(
        id, source, metadata, Optional.empty(), text, plus(Layer.LANGUAGE), warnings, annotations);
  }

  public Article withMetadata(ArticleMetadata newMetadata) {
    return new Article(id, source, newMetadata, language, text, layers, warnings, annotations);
  }

  /** This article with warnings added (bounded, as always). */
  public Article withWarnings(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new Article(id, source, metadata, language, text, layers, all, annotations);
  }

  /** This article with its tokens, sentences and the recogniser's mentions. */
  public Article withTokens(
      List<Token> tokens, List<Sentence> sentences, List<NamedMention> namedMentions) {
    return with(
        annotations.withTokens(tokens, sentences, namedMentions),
        Layer.TOKENS,
        Layer.SENTENCES,
        Layer.NAMED_MENTIONS);
  }

  public Article withEntities(List<Entity> entities) {
    return with(annotations.withEntities(entities), Layer.ENTITIES);
  }

  public Article withPlaces(List<Place> places) {
    return with(annotations.withPlaces(places), Layer.PLACES);
  }

  public Article withTimes(List<TimeExpression> times) {
    return with(annotations.withTimes(times), Layer.TIMES);
  }

  public Article withQuotes(List<Quote> quotes) {
    return with(annotations.withQuotes(quotes), Layer.QUOTES);
  }

  public Article withEvents(List<Event> events) {
    return with(annotations.withEvents(events), Layer.EVENTS);
  }

  private Article with(Annotations newAnnotations, Layer... added) {
    EnumSet<Layer> more = EnumSet.copyOf(layers);
    more.addAll(java.util.Arrays.asList(added));
    return new Article(id, source, metadata, language, text, more, warnings, newAnnotations);
  }

  private Set<Layer> plus(Layer layer) {
    EnumSet<Layer> more = EnumSet.of(layer);
    more.addAll(layers);
    return more;
  }
}
