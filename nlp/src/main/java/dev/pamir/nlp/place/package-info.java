/**
 * Places: {@link dev.pamir.nlp.place.PlaceResolver} finds the toponyms of an article and resolves
 * each to a point of the gazetteer, using what the whole document says about where it is.
 *
 * <p>Place data: GeoNames (geonames.org, CC BY 4.0) through Pamir's geodata module.
 */
@NullMarked
package dev.pamir.nlp.place;

import org.jspecify.annotations.NullMarked;
