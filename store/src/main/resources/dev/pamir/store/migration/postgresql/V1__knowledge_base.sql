-- The knowledge base, PostgreSQL dialect. Keep in step with ../sqlite/V1__knowledge_base.sql:
-- the tables and columns are the same; types and full-text search differ.
-- Child rows belong to their article and go with it (ON DELETE CASCADE), so storing an article
-- again is one delete and fresh inserts.

CREATE TABLE articles (
  id            TEXT PRIMARY KEY,
  stored_seq    INTEGER NOT NULL,
  source_file   TEXT,
  source_record TEXT,
  source_url    TEXT,
  title         TEXT,
  outlet        TEXT,
  published     TEXT,
  published_day DATE,
  language      TEXT,
  article_text  TEXT NOT NULL,
  layers        TEXT NOT NULL,
  pamir_json    TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_stored_seq ON articles (stored_seq);
CREATE INDEX articles_published_day ON articles (published_day);

CREATE TABLE article_authors (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE article_warnings (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  message    TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE entities (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id   TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  kb_key      TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  type        TEXT NOT NULL,
  country     TEXT,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_kb_key ON entities (kb_key);
CREATE INDEX entities_name_folded ON entities (name_folded);

CREATE TABLE entity_roles (
  article_id TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  role       TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, ordinal),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE entity_aliases (
  article_id   TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  ordinal      INTEGER NOT NULL,
  alias        TEXT NOT NULL,
  alias_folded TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_id, ordinal),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX entity_aliases_folded ON entity_aliases (alias_folded);

CREATE TABLE entity_mentions (
  article_id   TEXT NOT NULL,
  entity_id    TEXT NOT NULL,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id, ordinal),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);

CREATE TABLE places (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  name         TEXT NOT NULL,
  latitude     DOUBLE PRECISION NOT NULL,
  longitude    DOUBLE PRECISION NOT NULL,
  country      TEXT,
  gazetteer_id TEXT,
  PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX places_country ON places (country);

CREATE TABLE place_mentions (
  article_id    TEXT NOT NULL,
  place_ordinal INTEGER NOT NULL,
  ordinal       INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  PRIMARY KEY (article_id, place_ordinal, ordinal),
  FOREIGN KEY (article_id, place_ordinal) REFERENCES places (article_id, ordinal) ON DELETE CASCADE
);

CREATE TABLE times (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  value_iso    TEXT,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE quotes (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  direct        BOOLEAN NOT NULL,
  speaker       TEXT,
  speaker_name  TEXT,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  quote_text    TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE events (
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id        TEXT NOT NULL,
  ordinal         INTEGER NOT NULL,
  type            TEXT NOT NULL,
  mode            TEXT,
  cameo           TEXT NOT NULL,
  date_iso        TEXT,
  date_first      DATE,
  date_last       DATE,
  place_name      TEXT,
  place_latitude  DOUBLE PRECISION,
  place_longitude DOUBLE PRECISION,
  place_country   TEXT,
  status          TEXT NOT NULL,
  killed          INTEGER,
  injured         INTEGER,
  troops          INTEGER,
  contracts       INTEGER,
  subject         TEXT,
  reported_by     TEXT,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  evidence_text   TEXT NOT NULL,
  confidence      DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_date_first ON events (date_first);
CREATE INDEX events_date_last ON events (date_last);
CREATE INDEX events_place_country ON events (place_country);

CREATE TABLE event_actors (
  article_id  TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  side        TEXT NOT NULL,
  ordinal     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  code        TEXT,
  entity      TEXT,
  PRIMARY KEY (article_id, event_id, side, ordinal),
  FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX event_actors_name_folded ON event_actors (name_folded);

CREATE TABLE event_countries (
  article_id TEXT NOT NULL,
  event_id   TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  country    TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id, ordinal),
  FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_countries_country ON event_countries (country);

CREATE TABLE event_equipment (
  article_id TEXT NOT NULL,
  event_id   TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  name       TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id, ordinal),
  FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);

-- Stories refer to events by article and event id without a foreign key: the story builder owns
-- them and replaces them whole, and an article stored again may no longer have every event.
CREATE TABLE stories (
  id      TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE story_events (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  event_id   TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);
CREATE INDEX story_events_event ON story_events (article_id, event_id);

CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

CREATE TABLE story_conflicts (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,
  field    TEXT NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

-- value_kind is string, integer or list; value holds the text, the number, or a JSON array.
CREATE TABLE story_claims (
  story_id         TEXT NOT NULL,
  conflict_ordinal INTEGER NOT NULL,
  ordinal          INTEGER NOT NULL,
  article_id       TEXT NOT NULL,
  value_kind       TEXT NOT NULL,
  value            TEXT NOT NULL,
  PRIMARY KEY (story_id, conflict_ordinal, ordinal),
  FOREIGN KEY (story_id, conflict_ordinal) REFERENCES story_conflicts (story_id, ordinal) ON DELETE CASCADE
);

-- Full text: one row per article (title and text), quote and event evidence; kind says which,
-- ref names the quote (its ordinal) or the event (its id). The 'simple' configuration folds case
-- and does not stem, as SQLite's unicode61 tokenizer does. A tsvector holds at most 1 MB, so only
-- the first 200,000 characters of a body are indexed.
CREATE TABLE search_text (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  ref        TEXT,
  body       TEXT NOT NULL,
  tsv        TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(body, 200000))) STORED
);
CREATE INDEX search_text_article ON search_text (article_id, kind, ref);
CREATE INDEX search_text_tsv ON search_text USING GIN (tsv);
