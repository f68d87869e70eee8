package dev.pamir.nlp.place;

import dev.pamir.geodata.Gazetteer;
import dev.pamir.geodata.GazetteerEntry;
import dev.pamir.geodata.GazetteerEntry.Kind;
import dev.pamir.model.Place;
import dev.pamir.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The PlaceDisambiguator chooses one gazetteer entry for each name of a document and merges the
 * mentions of each chosen entry into one {@link Place}.
 *
 * <p>One name means one place within a document. A candidate's score adds up its size (population),
 * its standing (capital, region seat, country), whether the name is its own rather than an alias
 * ("Augusta" is also Augsburg's Latin name, "Minnesota" an old name of Minneota), the countries and
 * first-level regions the rest of the document is about (country names, demonyms, the other places
 * resolved), a region or country written right after the name ("Paris, Texas"), a county of the
 * document it lies in (or, for a county, a town of the document that lies in it), and its closeness
 * to the other places resolved. The document context is computed without the name being scored, so
 * a name cannot vote for itself, and refined over a few rounds.
 *
 * <p>Stateless and thread-safe.
 */
final class PlaceDisambiguator {

  private static final int ROUNDS = 3;
  private static final double COUNTRY_CONTEXT = 4.0;
  private static final double REGION_CONTEXT = 3.0;
  private static final double QUALIFIED = 8.0;
  private static final double INSIDE = 3.0;
  private static final double NEARBY = 2.5;
  private static final double NEARBY_KM = 400.0;
  private static final double OWN_NAME = 2.0;
  private static final double NAMESAKE = 4.0;
  private static final double NAMESAKE_RATIO = 20.0;

  /** The places of a document with toponyms {@code toponyms} and demonym counts per country. */
  List<Place> resolve(List<Toponym> toponyms, Map<String, Integer> demonyms) {
    Map<String, List<Toponym>> byName = new LinkedHashMap<>();
    for (Toponym toponym : toponyms) {
      byName.computeIfAbsent(Gazetteer.fold(toponym.name()), k -> new ArrayList<>()).add(toponym);
    }
    List<Group> groups = new ArrayList<>();
    byName.values().forEach(list -> groups.add(new Group(list)));
    pairTownsWithCounties(groups);

    // Round 0: only countries, regions and demonyms speak for the document.
    for (Group group : groups) {
      group.chosen = group.best(Context.EMPTY, List.of());
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (Group group : groups) {
        Context context = Context.of(groups, group, demonyms, round > 0);
        List<GazetteerEntry> others = round > 0 ? points(groups, group) : List.of();
        group.next = group.best(context, others);
      }
      groups.forEach(g -> g.chosen = g.next);
    }

    Map<String, Place> places = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new HashMap<>();
    Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    for (Group group : groups) {
      GazetteerEntry entry = group.chosen;
      entries.putIfAbsent(entry.id(), entry);
      List<Span> list = spans.computeIfAbsent(entry.id(), k -> new ArrayList<>());
      group.toponyms.forEach(t -> list.add(t.span()));
    }
    for (Map.Entry<String, GazetteerEntry> e : entries.entrySet()) {
      GazetteerEntry entry = e.getValue();
      List<Span> mentions = spans.get(e.getKey());
      mentions.sort(Comparator.naturalOrder());
      places.put(
          e.getKey(),
          new Place(
              entry.name(),
              entry.latitude(),
              entry.longitude(),
              entry.country(),
              Optional.of(entry.id()),
              mentions));
    }
    List<Place> result = new ArrayList<>(places.values());
    result.sort(Comparator.comparing(p -> p.mentions().get(0)));
    return result;
  }

  /**
   * Marks, for each name, the county codes it could share with another name of the document: a town
   * that some reading of another name makes its county, or a county that some reading of another
   * name makes one of its towns. "Livingston" and "Polk County" can both be Texan, one inside the
   * other, which no reading of the Alabama town allows. Decided on candidates, not on choices, so
   * the two names do not take turns following each other.
   */
  private static void pairTownsWithCounties(List<Group> groups) {
    Map<String, Set<Group>> towns = new HashMap<>();
    Map<String, Set<Group>> counties = new HashMap<>();
    for (Group g : groups) {
      for (GazetteerEntry c : g.candidates) {
        if (countyCode(c) != null) {
          (c.kind() == Kind.DISTRICT ? counties : towns)
              .computeIfAbsent(countyCode(c), k -> new HashSet<>())
              .add(g);
        }
      }
    }
    for (Group g : groups) {
      for (GazetteerEntry c : g.candidates) {
        String code = countyCode(c);
        Set<Group> partners =
            code == null ? Set.of() : (c.kind() == Kind.DISTRICT ? towns : counties).get(code);
        if (partners != null && partners.size() > (partners.contains(g) ? 1 : 0)) {
          g.paired.add(code);
        }
      }
    }
  }

  /** The county code of a town or county, null for other entries or when the data has none. */
  private static @Nullable String countyCode(GazetteerEntry c) {
    boolean local = c.kind() == Kind.PLACE || c.kind() == Kind.DISTRICT;
    return local ? c.admin2().orElse(null) : null;
  }

  /** The points of the other groups' chosen towns and districts: the document's neighbourhood. */
  private static List<GazetteerEntry> points(List<Group> groups, Group except) {
    List<GazetteerEntry> points = new ArrayList<>();
    for (Group g : groups) {
      if (g != except
          && (g.chosen.kind() == Kind.PLACE || g.chosen.kind() == Kind.DISTRICT)
          && !g.chosen.name().equals(except.chosen.name())) {
        points.add(g.chosen);
      }
    }
    return points;
  }

  /** Every toponym of one name, and the entry chosen for them. */
  private static final class Group {
    final List<Toponym> toponyms;
    final List<GazetteerEntry> candidates;
    final Optional<GazetteerEntry> qualifier;
    final String name;

    /** County codes this name shares with some reading of another name of the document. */
    final Set<String> paired = new HashSet<>();

    GazetteerEntry chosen;
    GazetteerEntry next;

    Group(List<Toponym> toponyms) {
      this.toponyms = toponyms;
      this.candidates = toponyms.get(0).candidates();
      this.name = Gazetteer.fold(toponyms.get(0).name());
      this.qualifier =
          toponyms.stream().map(Toponym::qualifier).flatMap(Optional::stream).findFirst();
      this.chosen = candidates.get(0);
      this.next = chosen;
    }

    GazetteerEntry best(Context context, List<GazetteerEntry> others) {
      GazetteerEntry best = candidates.get(0);
      double bestScore = Double.NEGATIVE_INFINITY;
      for (GazetteerEntry candidate : candidates) {
        double score = score(candidate, context, others);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      return best;
    }

    private double score(GazetteerEntry c, Context context, List<GazetteerEntry> others) {
      double score = Math.log10(c.population() + 1.0) + standing(c);
      String own = Gazetteer.fold(c.name());
      if (own.equals(name) || (c.kind() == Kind.DISTRICT && own.startsWith(name + " "))) {
        score += OWN_NAME; // "Augusta" is Augusta, Georgia, before Augsburg's Latin name
      }
      if (c.country().isPresent()) {
        score += COUNTRY_CONTEXT * context.countryShare(c.country().get());
      }
      if (c.admin1().isPresent()) {
        score += REGION_CONTEXT * context.regionShare(c.admin1().get());
      }
      if (qualifier.isPresent() && contains(qualifier.get(), c)) {
        score += QUALIFIED;
      } else if (isNamesake(c)) {
        score -= NAMESAKE;
      }
      if (c.kind() == Kind.PLACE || c.kind() == Kind.DISTRICT) {
        if (c.admin2().isPresent() && paired.contains(c.admin2().get())) {
          score += INSIDE; // Livingston and Polk County: the Texas pair, not Alabama's town
        }
        double nearest = Double.MAX_VALUE;
        for (GazetteerEntry other : others) {
          nearest = Math.min(nearest, c.kilometresTo(other));
        }
        if (nearest < NEARBY_KM) {
          score += NEARBY * (1 - nearest / NEARBY_KM);
        }
      }
      return score;
    }

    /**
     * Whether {@code c} is a town or district that bears the own name of a country or first-level
     * region many times its size, as Mexico, Missouri and California, Pennsylvania do: a bare
     * "California" means the state, whatever else the article names in Pennsylvania. National
     * capitals are not namesakes (Washington is the capital, not the state); a qualifier ("Ontario,
     * California") overrides it.
     */
    private boolean isNamesake(GazetteerEntry c) {
      if ((c.kind() != Kind.PLACE && c.kind() != Kind.DISTRICT) || c.featureCode().equals("PPLC")) {
        return false;
      }
      for (GazetteerEntry other : candidates) {
        if ((other.kind() == Kind.COUNTRY || other.kind() == Kind.REGION)
            && Gazetteer.fold(other.name()).equals(name)
            && other.population() > NAMESAKE_RATIO * Math.max(1, c.population())) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(GazetteerEntry region, GazetteerEntry c) {
      return switch (region.kind()) {
        case COUNTRY -> c.country().equals(region.country()) && c.kind() != Kind.COUNTRY;
        case REGION -> c.admin1().equals(region.admin1()) && c.kind() != Kind.REGION;
        case PLACE, DISTRICT, MACRO_REGION, FEATURE -> false;
      };
    }

    /** What a candidate's kind and feature code say about how often news means it. */
    private static double standing(GazetteerEntry c) {
      return switch (c.kind()) {
        case COUNTRY -> 3.0;
        case MACRO_REGION -> 8.0;
        case FEATURE -> 4.0; // "Java" the island before a village of that name
        case REGION -> -1.0;
        case DISTRICT -> -1.5;
        case PLACE ->
            switch (c.featureCode()) {
              case "PPLC" -> 2.0;
              case "PPLA" -> 1.0;
              case "PPLA2" -> 0.5;
              case "PPLX", "PPLL" -> -1.0;
              case "PPLH", "PPLQ", "PPLW" -> -3.0;
              default -> 0.0;
            };
      };
    }
  }

  /** Which countries and first-level regions the rest of a document is about, as shares. */
  private record Context(Map<String, Double> countries, Map<String, Double> regions) {
    static final Context EMPTY = new Context(Map.of(), Map.of());

    static Context of(
        List<Group> groups, Group except, Map<String, Integer> demonyms, boolean usePlaces) {
      Map<String, Double> countries = new HashMap<>();
      Map<String, Double> regions = new HashMap<>();
      demonyms.forEach((country, n) -> countries.merge(country, 0.5 * n, Double::sum));
      for (Group g : groups) {
        if (g == except) {
          continue;
        }
        GazetteerEntry e = g.chosen;
        int n = g.toponyms.size();
        boolean large = e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION;
        if (!large && !usePlaces) {
          continue;
        }
        double weight = large ? n : 0.5 * n;
        e.country().ifPresent(c -> countries.merge(c, weight, Double::sum));
        if (e.kind() != Kind.COUNTRY) {
          e.admin1().ifPresent(r -> regions.merge(r, weight, Double::sum));
        }
      }
      return new Context(share(countries), share(regions));
    }

    private static Map<String, Double> share(Map<String, Double> weights) {
      double max = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      Map<String, Double> shares = new HashMap<>();
      weights.forEach((k, v) -> shares.put(k, v / max));
      return shares;
    }

    double countryShare(String iso3) {
      return countries.getOrDefault(iso3, 0.0);
    }

    double regionShare(String admin1) {
      return regions.getOrDefault(admin1, 0.0);
    }
  }
}
