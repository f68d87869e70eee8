package dev.pamir.nlp.place;

import static java.util.Objects.requireNonNull;

import dev.pamir.geodata.Gazetteer;
import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The PlaceResolver adds the places of an article: every toponym resolved to a point of the
 * gazetteer, each place once with all its mentions in text order.
 *
 * <p>Input: the recogniser's tokens and mentions. When the article also has the {@link
 * Layer#ENTITIES} layer (an optional input: the entity stage runs before this one when it is in the
 * pipeline), its LOCATION, COUNTRY and FACILITY entities are the places to resolve and its other
 * entities are not places; without it, the recogniser's LOCATION mentions are. Either way, mentions
 * labelled otherwise whose name is a well-known place ("Washington" tagged as an organisation) and
 * capitalised names the recogniser missed are added when the gazetteer knows them and the context
 * makes a place likely: a locative preposition before them, or a place in a country the document is
 * about.
 *
 * <p>Resolution weighs population, feature type, the countries and regions the document is about
 * and closeness to the other places (see {@link PlaceDisambiguator}). Identifiers follow the
 * gazetteer's scheme: {@code geonames:ID} for GeoNames places, {@code iso3166:ISO3} for countries,
 * {@code admin1:}/{@code admin2:} with GeoNames admin codes for regions and {@code region:} for
 * macro-regions.
 *
 * <p>Immutable and thread-safe: one instance, with its gazetteer, serves every worker.
 */
public final class PlaceResolver implements Stage {

  private final ToponymFinder finder;
  private final CountryWords countryWords;
  private final PlaceDisambiguator disambiguator = new PlaceDisambiguator();

  /** A resolver over {@code gazetteer}, which it shares and never changes. */
  public PlaceResolver(Gazetteer gazetteer) {
    requireNonNull(gazetteer, "gazetteer is null");
    this.countryWords = new CountryWords(gazetteer.countries());
    this.finder = new ToponymFinder(gazetteer, countryWords);
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.PLACES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    List<Toponym> toponyms = finder.find(in);
    List<Place> places =
        disambiguator.resolve(toponyms, countryWords.count(in.annotations().tokens()));
    return in.withPlaces(places);
  }
}
