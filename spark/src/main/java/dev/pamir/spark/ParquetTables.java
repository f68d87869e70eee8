package dev.pamir.spark;

import dev.pamir.json.PamirJsonReader;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.Event;
import dev.pamir.model.Story;
import dev.pamir.model.TimeValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Parquet tables of a job's results, for analysts who query them in Spark or DuckDB: {@code
 * articles} (metadata and the whole pamir/1 line), {@code events} (one row per event, actors and
 * codes as arrays) and {@code stories} (with the whole line).
 */
final class ParquetTables {

  private ParquetTables() {}

  static final StructType ARTICLES =
      new StructType()
          .add("position", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("outlet", DataTypes.StringType, true)
          .add("published", DataTypes.StringType, true)
          .add("language", DataTypes.StringType, true)
          .add("events", DataTypes.IntegerType, false)
          .add("json", DataTypes.StringType, false);

  static final StructType EVENTS =
      new StructType()
          .add("article", DataTypes.StringType, false)
          .add("event", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("mode", DataTypes.StringType, true)
          .add("cameo", DataTypes.StringType, false)
          .add("source_names", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("source_codes", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("target_names", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("target_codes", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("date_first", DataTypes.DateType, true)
          .add("date_last", DataTypes.DateType, true)
          .add("date", DataTypes.StringType, true)
          .add("place", DataTypes.StringType, true)
          .add("lat", DataTypes.DoubleType, true)
          .add("lon", DataTypes.DoubleType, true)
          .add("countries", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("status", DataTypes.StringType, false)
          .add("reported_by", DataTypes.StringType, true)
          .add("killed", DataTypes.IntegerType, true)
          .add("injured", DataTypes.IntegerType, true)
          .add("evidence", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false);

  static final StructType STORIES =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("summary", DataTypes.StringType, false)
          .add("articles", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("events", DataTypes.IntegerType, false)
          .add("conflicts", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("json", DataTypes.StringType, false);

  static void write(
      SparkSession spark, JavaRDD<Outcome> articles, JavaRDD<String> stories, String folder) {
    JavaRDD<Article> parsed = articles.mapPartitions(ParquetTables::parse);
    JavaRDD<Row> articleRows =
        articles.map(
            o -> {
              Article a = new PamirJsonReader().article(o.json());
              return RowFactory.create(
                  o.position(),
                  a.id(),
                  a.source().displayName(),
                  a.source().url().orElse(null),
                  a.metadata().title().orElse(null),
                  a.metadata().outlet().orElse(null),
                  a.metadata().published().map(p -> p.iso()).orElse(null),
                  a.language().orElse(null),
                  a.annotations().events().size(),
                  o.json());
            });
    spark
        .createDataFrame(articleRows, ARTICLES)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(folder + "/articles");
    spark
        .createDataFrame(parsed.flatMap(a -> eventRows(a).iterator()), EVENTS)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(folder + "/events");
    JavaRDD<Row> storyRows =
        stories.map(
            line -> {
              Story s = new PamirJsonReader().story(line);
              List<String> fields = new ArrayList<>();
              s.conflicts().forEach(c -> fields.add(c.field()));
              return RowFactory.create(
                  s.id(),
                  s.summary(),
                  s.articles().toArray(),
                  s.events().size(),
                  fields.toArray(),
                  line);
            });
    spark
        .createDataFrame(storyRows, STORIES)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(folder + "/stories");
  }

  private static java.util.Iterator<Article> parse(java.util.Iterator<Outcome> outcomes) {
    PamirJsonReader reader = new PamirJsonReader();
    List<Article> out = new ArrayList<>();
    outcomes.forEachRemaining(o -> out.add(reader.article(o.json())));
    return out.iterator();
  }

  private static List<Row> eventRows(Article article) {
    List<Row> rows = new ArrayList<>();
    for (Event e : article.annotations().events()) {
      rows.add(
          RowFactory.create(
              article.id(),
              e.id(),
              e.type().name(),
              e.mode().orElse(null),
              e.cameo(),
              names(e.source()),
              codes(e.source()),
              names(e.target()),
              codes(e.target()),
              e.date().map(TimeValue::first).map(java.sql.Date::valueOf).orElse(null),
              e.date().map(TimeValue::last).map(java.sql.Date::valueOf).orElse(null),
              e.date().map(TimeValue::iso).orElse(null),
              e.place().map(p -> p.name()).orElse(null),
              e.place().map(p -> p.latitude()).orElse(null),
              e.place().map(p -> p.longitude()).orElse(null),
              e.countries().toArray(),
              e.status().label(),
              e.reportedBy().orElse(null),
              boxed(e.attributes().killed()),
              boxed(e.attributes().injured()),
              e.evidence().of(article.text()),
              e.confidence()));
    }
    return rows;
  }

  private static @Nullable Integer boxed(java.util.OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Object[] names(List<Actor> actors) {
    return actors.stream().map(Actor::name).toArray();
  }

  private static Object[] codes(List<Actor> actors) {
    return actors.stream().flatMap(a -> a.code().stream()).toArray();
  }
}
