/**
 * The time layer: {@link dev.pamir.nlp.time.TimeNormalizer} finds an article's time expressions and
 * resolves them to calendar values.
 *
 * <p>Values follow the pamir/1 contract exactly: a day, a month, a year, or an interval of those,
 * nothing else. So weeks ("last week") are intervals of days, Monday to Sunday; quarters, halves
 * and seasons ("the fourth quarter", "the fall of this year") intervals of months, with seasons
 * taken as the northern meteorological ones (autumn is September to November); decades ("the
 * 1990s") intervals of years. Durations ("three years"), frequencies ("every year"), times of day
 * without a date and vague references ("now", "recently", "the past year") are not calendar times
 * and are not output. ISO 8601 also writes weeks ("2021-W20") and durations ("P3Y"), and TimeML
 * writes quarters ("1998-Q4") and "PRESENT_REF", but the contract does not admit them: a week or a
 * quarter is exactly the interval written instead, and a duration has no first or last day, so the
 * model's TimeValue keeps its four forms.
 */
@NullMarked
package dev.pamir.nlp.time;

import org.jspecify.annotations.NullMarked;
