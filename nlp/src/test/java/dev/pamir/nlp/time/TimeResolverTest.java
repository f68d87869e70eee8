package dev.pamir.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The resolver's rules, one example each; the anchor is Wednesday 19 May 2021. */
class TimeResolverTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2021, 5, 19);
  private final TimeResolver resolver = new TimeResolver();

  private String past(String expression) {
    return value(expression, Optional.of(WEDNESDAY), Tense.PAST, DateOrder.DAY_FIRST);
  }

  private String future(String expression) {
    return value(expression, Optional.of(WEDNESDAY), Tense.FUTURE, DateOrder.DAY_FIRST);
  }

  private String value(String expression, Optional<LocalDate> anchor, Tense tense, DateOrder o) {
    Resolution r = resolver.resolve(expression, anchor, tense, o);
    if (r instanceof Resolution.Resolved resolved) {
      return resolved.value().iso();
    }
    return r instanceof Resolution.Unresolved ? "unresolved" : "not calendar";
  }

  @Test
  void resolve_lastAndNextWeekday_countFromTheAnchorNotItsWeek() {
    assertThat(past("Last Monday")).isEqualTo("2021-05-17");
    assertThat(past("next Monday")).isEqualTo("2021-05-24");
    assertThat(past("this Monday")).isEqualTo("2021-05-17");
    assertThat(past("last Wednesday")).isEqualTo("2021-05-12");
  }

  @Test
  void resolve_bareWeekday_looksBackInThePastAndForwardInTheFuture() {
    assertThat(past("on Monday")).isEqualTo("2021-05-17");
    assertThat(future("on Monday")).isEqualTo("2021-05-24");
    assertThat(past("Wednesday")).isEqualTo("2021-05-19");
    assertThat(future("Friday evening")).isEqualTo("2021-05-21");
  }

  @Test
  void resolve_monthAndDay_takesTheNearestYear() {
    assertThat(past("April 28")).isEqualTo("2021-04-28");
    assertThat(future("May 8")).isEqualTo("2021-05-08");
    assertThat(past("28 April")).isEqualTo("2021-04-28");
    assertThat(past("the 8th of May")).isEqualTo("2021-05-08");
  }

  @Test
  void resolve_holiday_takesItsDayInTheYearTheWordsOrTheTenseChoose() {
    assertThat(past("Christmas")).isEqualTo("2020-12-25");
    assertThat(future("Christmas")).isEqualTo("2021-12-25");
    assertThat(past("next Christmas")).isEqualTo("2021-12-25");
    assertThat(future("last Thanksgiving")).isEqualTo("2020-11-26");
    assertThat(past("this Halloween")).isEqualTo("2021-10-31");
    assertThat(past("New Year\u2019s Day")).isEqualTo("2021-01-01");
    assertThat(past("Valentine's Day")).isEqualTo("2021-02-14");
    assertThat(past("Thanksgiving Day, 1999")).isEqualTo("1999-11-25");
    assertThat(value("Christmas", Optional.empty(), Tense.PAST, DateOrder.DAY_FIRST))
        .isEqualTo("unresolved");
    LocalDate christmas = LocalDate.of(2021, 12, 25);
    assertThat(value("last Christmas", Optional.of(christmas), Tense.PAST, DateOrder.DAY_FIRST))
        .isEqualTo("2020-12-25");
    assertThat(value("Christmas", Optional.of(christmas), Tense.PAST, DateOrder.DAY_FIRST))
        .isEqualTo("2021-12-25");
  }

  @Test
  void resolve_agoInDecades_isAYear_andAVagueStretchHasNoValue() {
    assertThat(past("a decade ago")).isEqualTo("2011");
    assertThat(past("two decades ago")).isEqualTo("2001");
    assertThat(past("a few years ago")).isEqualTo("unresolved");
    assertThat(past("several months earlier")).isEqualTo("unresolved");
  }

  @Test
  void resolve_farMonthAndDay_followsTheTense() {
    assertThat(past("December 5")).isEqualTo("2020-12-05");
    assertThat(future("December 5")).isEqualTo("2021-12-05");
    assertThat(past("in January")).isEqualTo("2021-01");
    assertThat(future("in January")).isEqualTo("2022-01");
    assertThat(future("in March")).as("near enough for the nearest year").isEqualTo("2021-03");
  }

  @Test
  void resolve_explicitYear_needsNoAnchor() {
    Optional<LocalDate> none = Optional.empty();
    assertThat(value("March 26, 1996", none, Tense.PAST, DateOrder.DAY_FIRST))
        .isEqualTo("1996-03-26");
    assertThat(value("April 2021", none, Tense.PAST, DateOrder.DAY_FIRST)).isEqualTo("2021-04");
    assertThat(value("in 2022", none, Tense.PAST, DateOrder.DAY_FIRST)).isEqualTo("2022");
    assertThat(value("nineteen ninety-six", none, Tense.PAST, DateOrder.DAY_FIRST))
        .isEqualTo("1996");
  }

  @Test
  void resolve_ranges_becomeIntervals() {
    assertThat(past("April 26-27")).isEqualTo("2021-04-26/2021-04-27");
    assertThat(future("from July 30 to August 10")).isEqualTo("2021-07-30/2021-08-10");
    assertThat(past("from March 23 \u2013 27 of 2021")).isEqualTo("2021-03-23/2021-03-27");
    assertThat(past("26-27 April")).isEqualTo("2021-04-26/2021-04-27");
    assertThat(past("between May 3 and May 5")).isEqualTo("2021-05-03/2021-05-05");
    assertThat(past("in 1998-1999")).isEqualTo("1998/1999");
    assertThat(past("2021-2025")).isEqualTo("2021/2025");
    assertThat(past("1998-99")).isEqualTo("1998/1999");
    assertThat(past("from December 28 to January 3")).isEqualTo("2020-12-28/2021-01-03");
  }

  @Test
  void resolve_numericDates_areDayFirstUnlessTheyCannotBe() {
    assertThat(past("31/07/2021")).isEqualTo("2021-07-31");
    assertThat(past("19.05.2021 09:26")).isEqualTo("2021-05-19");
    assertThat(past("5/19/2021")).isEqualTo("2021-05-19");
    assertThat(past("05/07/2021")).isEqualTo("2021-07-05");
    assertThat(value("05/07/2021", Optional.empty(), Tense.PAST, DateOrder.MONTH_FIRST))
        .isEqualTo("2021-05-07");
    assertThat(value("05.07.2021", Optional.empty(), Tense.PAST, DateOrder.MONTH_FIRST))
        .isEqualTo("2021-07-05");
    assertThat(past("2021-05-17")).isEqualTo("2021-05-17");
  }

  @Test
  void resolve_relativeDaysWeeksMonthsYears_countFromTheAnchor() {
    assertThat(past("yesterday")).isEqualTo("2021-05-18");
    assertThat(past("today")).isEqualTo("2021-05-19");
    assertThat(past("tomorrow")).isEqualTo("2021-05-20");
    assertThat(past("last week")).isEqualTo("2021-05-10/2021-05-16");
    assertThat(past("this week")).isEqualTo("2021-05-17/2021-05-23");
    assertThat(past("next month")).isEqualTo("2021-06");
    assertThat(past("this year")).isEqualTo("2021");
    assertThat(past("last year")).isEqualTo("2020");
    assertThat(past("a year ago")).isEqualTo("2020");
    assertThat(past("two days ago")).isEqualTo("2021-05-17");
    assertThat(past("earlier this month")).isEqualTo("2021-05");
    assertThat(past("this weekend")).isEqualTo("2021-05-22/2021-05-23");
  }

  @Test
  void resolve_seasonsQuartersAndDecades_becomeIntervals() {
    assertThat(past("the fall of this year")).isEqualTo("2021-09/2021-11");
    assertThat(past("last summer")).isEqualTo("2020-06/2020-08");
    assertThat(past("the first quarter")).isEqualTo("2021-01/2021-03");
    assertThat(past("the third quarter")).isEqualTo("2020-07/2020-09");
    assertThat(past("the fourth quarter of 1997")).isEqualTo("1997-10/1997-12");
    assertThat(past("the first half of 2020")).isEqualTo("2020-01/2020-06");
    assertThat(past("the 1990s")).isEqualTo("1990/1999");
    assertThat(past("the '80s")).isEqualTo("1980/1989");
  }

  @Test
  void resolve_withoutAnchor_leavesRelativeExpressionsUnresolved() {
    Optional<LocalDate> none = Optional.empty();
    for (String relative :
        new String[] {
          "Last Monday", "April 28", "yesterday", "this year", "in April", "a year ago"
        }) {
      assertThat(value(relative, none, Tense.PAST, DateOrder.DAY_FIRST))
          .as(relative)
          .isEqualTo("unresolved");
    }
  }

  @Test
  void resolve_durationsFrequenciesAndVagueWords_areNotCalendarTimes() {
    for (String other :
        new String[] {
          "three years", "every year", "now", "recently", "the past year", "5508", ""
        }) {
      assertThat(past(other)).as(other).isEqualTo("not calendar");
    }
  }

  @Test
  void resolve_impossibleDates_areNotCalendarTimes() {
    assertThat(past("31/02/2021")).isEqualTo("not calendar");
    assertThat(past("April 31")).isEqualTo("not calendar");
    assertThat(past("2025-2021")).isEqualTo("not calendar");
  }

  @Test
  void dateOrder_ofArticle_isMonthFirstOnlyWhenItsDatesShowIt() {
    assertThat(DateOrder.of("On 5/19/2021 and 05/07/2021.")).isEqualTo(DateOrder.MONTH_FIRST);
    assertThat(DateOrder.of("On 19/5/2021 and 05/07/2021.")).isEqualTo(DateOrder.DAY_FIRST);
    assertThat(DateOrder.of("On 05/07/2021.")).isEqualTo(DateOrder.DAY_FIRST);
  }

  @Test
  void timexValues_parse_mapsSutimeFormsOntoTheContract() {
    assertThat(TimexValues.parse("1998-W02").map(TimeValue::iso)).contains("1998-01-05/1998-01-11");
    assertThat(TimexValues.parse("1998-Q4").map(TimeValue::iso)).contains("1998-10/1998-12");
    assertThat(TimexValues.parse("2021-FA").map(TimeValue::iso)).contains("2021-09/2021-11");
    assertThat(TimexValues.parse("199X").map(TimeValue::iso)).contains("1990/1999");
    assertThat(TimexValues.parse("2021-05-19T09:26").map(TimeValue::iso)).contains("2021-05-19");
    assertThat(TimexValues.parse("PRESENT_REF")).isEmpty();
    assertThat(TimexValues.parse("P3Y")).isEmpty();
    assertThat(TimexValues.parse("5508")).isEmpty();
  }
}
