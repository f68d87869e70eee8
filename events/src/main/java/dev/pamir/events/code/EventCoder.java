package dev.pamir.events.code;

import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Sentence;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import dev.pamir.model.Token;
import dev.pamir.pipeline.DependencyParser;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The EventCoder finds political events in an article's sentences and codes them: PLOVER type and
 * CAMEO code from the project's trigger lexicon, source and target actors from the dependency tree,
 * date, place, status, attributes and the evidence that states them.
 *
 * <p>Only sentences holding a possible trigger are parsed. A trigger governed by another
 * ("threatened to ban", "held talks") is read as one event of the governing kind. Events of one
 * happening told in several sentences are merged ({@link EventMerger}).
 */
public final class EventCoder implements Stage {

  /** The most events one article keeps; an article that is only lists cannot flood the output. */
  public static final int MAX_EVENTS = 200;

  /** The most sentences parsed in one article. */
  public static final int MAX_PARSED_SENTENCES = 600;

  private static final Set<String> REPORTING =
      Set.of(
          "say",
          "report",
          "announce",
          "state",
          "claim",
          "tell",
          "confirm",
          "add",
          "note",
          "write",
          "declare",
          "allege",
          "insist",
          "stress",
          "emphasize",
          "explain");
  private static final Set<String> FUTURE_GOVERNORS =
      Set.of("plan", "intend", "expect", "go", "prepare", "schedule", "due", "set", "aim", "seek");
  private static final Set<String> HYPOTHETICAL =
      Set.of("could", "might", "may", "can", "would", "must", "should", "ought");

  /** Relations through which a clause inherits the modality of the one above it. */
  private static final Set<String> CLAUSE_LINKS =
      Set.of("conj", "xcomp", "ccomp", "acl", "nmod", "obj", "obl", "nsubj", "dep");

  /** Nouns that count a group: "thousands of students", "dozens of protesters". */
  private static final Set<String> COUNT_NOUNS =
      Set.of("thousand", "hundred", "dozen", "million", "score", "ten");

  /**
   * Verbs whose "to" complement happens: "managed to reach", "continued to send", "used water
   * cannon to clear".
   */
  private static final Set<String> REALIZING =
      Set.of(
          "use",
          "employ",
          "manage",
          "continue",
          "begin",
          "start",
          "decide",
          "go",
          "plan",
          "intend",
          "prepare",
          "vote",
          "resume",
          "schedule",
          "set",
          "due",
          "expect",
          "be",
          "proceed",
          "move",
          "hurry",
          "rush",
          "fail",
          "keep");

  /** Types a promise turns into AGREE; a threatened one turns into THREATEN. */
  private static final Set<EventType> PROMISED =
      Set.of(EventType.AID, EventType.SUPPORT, EventType.CONCEDE, EventType.RETREAT);

  private static final Set<EventType> THREATENED =
      Set.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION);

  /** Nouns that take a part of what follows "of": "part of its aid", "half of its troops". */
  private static final Set<String> PARTITIVES =
      Set.of("part", "half", "some", "most", "all", "portion", "share", "rest", "bulk", "much");

  /** Pronouns that, as the subject of what someone says, stand for the one who says it. */
  private static final Set<String> SAYER_PRONOUNS = Set.of("it", "they", "he", "she");

  /** Adjectives of willingness: "is willing to", "is prepared to", "is ready to". */
  private static final Set<String> WILLING = Set.of("willing", "prepared", "ready", "determined");

  /** Verbs that put a demand in a "that" clause besides the reporting ones. */
  private static final Set<String> DEMANDING = Set.of("conclude", "insist", "urge", "stress");

  /** Verbs whose purpose clause is itself the act: to protest is to protest. */
  private static final Set<String> PURPOSE_VOICED =
      Set.of("protest", "demand", "complain", "demonstrate", "condemn", "denounce");

  /** Nouns that name where something is, so "in X" after them is a place, not a side. */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "base",
          "region",
          "border",
          "territory",
          "area",
          "city",
          "town",
          "village",
          "camp",
          "province",
          "capital",
          "district",
          "zone",
          "field",
          "ground",
          "site",
          "facility",
          "embassy",
          "office",
          "part",
          "south",
          "north",
          "east",
          "west",
          "center",
          "centre");

  /** Nouns for groups of people that act together: a subject without a name is still a side. */
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "demonstrator",
          "protester",
          "protestor",
          "rebel",
          "militant",
          "police",
          "soldier",
          "troop",
          "force",
          "student",
          "worker",
          "farmer",
          "villager",
          "resident",
          "citizen",
          "teacher",
          "miner",
          "settler",
          "guerrilla",
          "insurgent",
          "gunman",
          "activist",
          "opposition",
          "supporter",
          "follower",
          "loyalist",
          "opponent",
          "critic",
          "refugee",
          "youth",
          "hacker",
          "doctor",
          "official",
          "leader",
          "authority",
          "government",
          "army",
          "militia",
          "fighter",
          "party",
          "group",
          "parliament",
          "court",
          "minister",
          "president",
          "union");

  /** Cases that make a noun a time reference for another event: "after the withdrawal". */
  private static final Set<String> TEMPORAL_CASES =
      Set.of("after", "before", "since", "until", "following", "during", "amid", "ahead", "prior");

  private static final Pattern ANAPHORIC_TIME =
      Pattern.compile(
          "\\b(during|in|at|over) (this|that|the same) (period|time|visit|trip|meeting|week|month)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKING_NOUNS =
      Set.of(
          "threat",
          "risk",
          "danger",
          "possibility",
          "fear",
          "prevention",
          "idea",
          "question",
          "prospect",
          "likelihood",
          "chance",
          "case",
          "event");

  /** How a proposal is received, not whom it meets: "met with resistance". */
  private static final Set<String> RECEPTIONS =
      Set.of(
          "resistance",
          "opposition",
          "criticism",
          "skepticism",
          "scepticism",
          "approval",
          "success",
          "failure",
          "silence",
          "derision",
          "scorn",
          "anger",
          "outrage",
          "applause",
          "disbelief",
          "hostility",
          "indifference",
          "enthusiasm",
          "suspicion",
          "disapproval",
          "resentment",
          "ridicule",
          "acclaim",
          "praise",
          "concern",
          "dismay",
          "backlash");

  /** Cases under which an agreement is referred to, not made: "on the deal", "out of the pact". */
  /**
   * Nouns through which a clause refers to a happening: "in the aftermath of the raid", "in
   * response to the attack", "in retaliation for the strike".
   */
  private static final Set<String> REFERRING_HEADS =
      Set.of("aftermath", "wake", "response", "retaliation", "light", "view");

  /** What one warns of when one threatens it: "warned of consequences". */
  private static final Set<String> THREATENED_ACTS =
      Set.of(
          "retaliation",
          "consequence",
          "consequences",
          "response",
          "reprisal",
          "reprisals",
          "measure",
          "measures",
          "countermeasure",
          "countermeasures",
          "action",
          "step",
          "steps",
          "war",
          "force",
          "punishment");

  /** Verbs whose subject undergoes the act their object names: "faced accusations". */
  private static final Set<String> UNDERGOING =
      Set.of("face", "suffer", "endure", "weather", "draw", "attract", "receive", "sustain");

  /** Verbs with which one answers an accusation made against one: "denied the allegations". */
  private static final Set<String> REBUTTING =
      Set.of("deny", "reject", "dismiss", "rebut", "refute", "contest", "dispute");

  /**
   * Verbs whose object is an act of force that has not happened to the subject: "resist arrest".
   */
  private static final Set<String> UNDERGONE_NOT =
      Set.of("resist", "evade", "avoid", "escape", "fear", "risk", "court", "dodge");

  /** The same verbs as the modifiers the parser sometimes makes of them: "resisting arrest". */
  private static final Set<String> UNDERGOING_NOT =
      Set.of(
          "resisting",
          "evading",
          "avoiding",
          "escaping",
          "fearing",
          "risking",
          "courting",
          "dodging");

  /** Cases through which a noun says what it is of or for: "delivery of", "response to". */
  private static final Set<String> OF_TO_FOR = Set.of("of", "to", "for");

  /** Verbs that answer a happening named by their "to" or "for": "responded to the raid". */
  private static final Set<String> REACTING =
      Set.of("respond", "react", "reply", "retaliate", "answer");

  private static final Set<String> REFERRING_CASES =
      Set.of("on", "over", "about", "with", "to", "for", "from", "of", "out", "against");

  private static final Set<String> PLURAL_PRONOUNS = Set.of("we", "they", "both", "all");

  /** Nouns of time a "for" phrase takes without giving a reason: "for the third time". */
  private static final Set<String> TIME_NOUNS =
      Set.of("time", "day", "hour", "week", "month", "year", "night", "minute", "while");

  /** Verbs of stopping an attack: their subject defends, it does not attack. */
  private static final Set<String> FRUSTRATING =
      Set.of(
          "foil",
          "thwart",
          "repel",
          "repulse",
          "avert",
          "prevent",
          "intercept",
          "fend",
          "withstand",
          "survive",
          "resist",
          "frustrate",
          "disrupt",
          "counter");

  /** Punctuation American style puts inside a closing quotation mark: "attack," "war." */
  private static final Set<String> CLOSING_PUNCTUATION = Set.of(",", ".", ";", ":", "!", "?");

  /** Verbs of handing over what a refusal to comment withholds: "declined to give details". */
  private static final Set<String> GIVING = Set.of("give", "provide", "offer", "release");

  /** What is withheld when one declines to comment. */
  private static final Set<String> INFORMATION =
      Set.of(
          "breakdown",
          "detail",
          "figure",
          "information",
          "number",
          "estimate",
          "name",
          "reason",
          "explanation",
          "timeline",
          "comment",
          "specific",
          "answer",
          "interview",
          "value",
          "amount",
          "term",
          "price",
          "cost",
          "salary");

  /** Types whose unnamed target group is worth naming: who was attacked, detained, dispersed. */
  private static final Set<EventType> DONE_TO_GROUPS = Set.of(EventType.ASSAULT, EventType.COERCE);

  /** Words naming a public body: its deals are public acts. */
  private static final Pattern PUBLIC_BODY =
      Pattern.compile(
          "\\b(?:Department|Ministry|Government|Council|Agency|Commission|Office|Bureau|Authority"
              + "|Administration|Parliament|Congress|Senate|Assembly|Army|Navy|Police|Court|County"
              + "|Municipality|Party|Union|Nations|Bank|Fund)\\b");

  /** The legal form that ends a company's name. */
  private static final Pattern COMPANY =
      Pattern.compile(
          "(?:\\b(?:Inc|Corp|Co|Ltd|LLC|L\\.L\\.C|PLC|plc|AG|GmbH|SE|N\\.V|S\\.A|S\\.p\\.A|B\\.V"
              + "|Corporation|Company|Limited|Incorporated|Bancorp)\\.?)$");

  /** Types of violence and protest, whose sides the tree must tie to them. */
  private static final Set<EventType> CONTENTIOUS =
      Set.of(EventType.ASSAULT, EventType.PROTEST, EventType.COERCE);

  /** Adjectives that make an attack one in words: "scathing attacks on the senator". */
  private static final Set<String> SCATHING =
      Set.of(
          "verbal",
          "rhetorical",
          "scathing",
          "blistering",
          "withering",
          "stinging",
          "personal",
          "vitriolic");

  /** Who takes political donations. */
  private static final Set<String> CAMPAIGNS =
      Set.of("campaign", "pac", "candidate", "candidacy", "superpac");

  /** Verbs of giving money to a cause. */
  private static final Set<String> DONATING = Set.of("donate", "contribute");

  /** Words that open a question rather than say when or if. */
  private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "whether");

  /**
   * Who an appeal to the public asks: "anybody who saw it is asked to phone the police", "urged
   * people to stay indoors".
   */
  private static final Set<String> THE_PUBLIC =
      Set.of(
          "anyone",
          "anybody",
          "whoever",
          "everyone",
          "everybody",
          "all",
          "people",
          "public",
          "residents",
          "motorists",
          "drivers",
          "parents",
          "travelers",
          "travellers");

  /** Subjects that show rather than protest: "as it demonstrated", "which demonstrates". */
  private static final Set<String> THINGS_SHOWING = Set.of("it", "this", "that", "which");

  /** How a demonstration is placed or aimed: "outside the embassy", "against the law". */
  private static final Set<String> DEMONSTRATION_CASES =
      Set.of("against", "for", "in", "outside", "at", "near", "on", "through", "across", "over");

  /** Verbs that hold a meeting or talks: their object took place. */
  private static final Set<String> HOLDING =
      Set.of("hold", "have", "open", "resume", "begin", "start", "conduct", "continue", "join");

  /** What is fired at besides the groups of {@link #GROUP_NOUNS}. */
  private static final Set<String> AIMED_AT =
      Set.of("crowd", "convoy", "patrol", "vehicle", "car", "boat", "ship", "plane", "helicopter");

  /** What police fire at a crowd to disperse it. */
  private static final Set<String> CROWD_CONTROL = Set.of("gas", "cannon", "spray", "canister");

  /** Rounds that disperse only when a modifier says so: "rubber bullets", "stun grenades". */
  private static final Set<String> LESS_LETHAL_ROUNDS =
      Set.of("bullet", "grenade", "pellet", "round", "shell");

  /** What makes a round one that disperses. */
  private static final Set<String> LESS_LETHAL =
      Set.of("rubber", "plastic", "stun", "tear", "smoke", "sound", "flash", "gas", "pepper");

  /**
   * Groups of {@link #GROUP_NOUNS} that are bodies or gatherings, or people one answers ("fired
   * back at critics"), not people fired at.
   */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "party",
          "court",
          "parliament",
          "government",
          "union",
          "group",
          "opposition",
          "critic",
          "opponent",
          "official",
          "leader",
          "minister",
          "president",
          "authority",
          "supporter");

  /** What a warner may do in return: "warned of retaliation" is a threat. */
  private static final Set<String> RESPONSES =
      Set.of(
          "retaliation",
          "response",
          "consequence",
          "action",
          "measure",
          "countermeasure",
          "reprisal",
          "strike",
          "sanction");

  /** Verbs an agreement is reached or signed by: "came to an agreement", "signed on to". */
  private static final Set<String> REACHING =
      Set.of("come", "arrive", "sign", "signing", "reach", "conclude");

  /** What a warning is about: "warned about", "warned of". */
  private static final Set<String> WARNED_ABOUT = Set.of("about", "of");

  /** Quotation marks as the tokenizer writes them. */
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "“", "”", "'", "‘", "’");

  /** Particles that turn a verb of backing into one of backing away: "backed off", "back down". */
  private static final Set<String> AWAY_PARTICLES = Set.of("off", "down", "away", "out");

  /** What a source declines to do without refusing anyone anything: "declined to comment". */
  private static final Set<String> NO_COMMENT =
      Set.of(
          "comment",
          "elaborate",
          "say",
          "speculate",
          "disclose",
          "reveal",
          "confirm",
          "identify",
          "name",
          "specify",
          "detail",
          "describe",
          "explain",
          "estimate",
          "characterize",
          "predict");

  /** Subjects that ask who does something rather than tell it. */
  private static final Set<String> WHO = Set.of("who", "what", "which");

  /** What is pulled out by hand, not withdrawn: "pulled out a knife", "pulled the child out". */
  private static final Set<String> PULLED_THINGS =
      Set.of(
          "knife",
          "gun",
          "pistol",
          "revolver",
          "weapon",
          "phone",
          "card",
          "wallet",
          "credential",
          "child",
          "boy",
          "girl",
          "baby",
          "man",
          "woman",
          "body",
          "box",
          "cutter",
          "sign",
          "banner",
          "paper",
          "letter",
          "notebook",
          "chair",
          "plug",
          "stop",
          "tooth",
          "cash");

  /** Struggles that persons wage in words or at the polls as often as with arms. */
  private static final Set<String> STRUGGLES = Set.of("fight", "battle", "clash");

  /** Verbs of speaking that a refusal may be about: "declined to discuss the case". */
  private static final Set<String> SPEAKING =
      Set.of("speak", "talk", "discuss", "address", "respond", "answer");

  /** Whom one speaks to without dealing with a side. */
  private static final Set<String> PRESS =
      Set.of("reporter", "reporters", "journalist", "journalists", "press", "media", "newspaper");

  /** The matters one declines to discuss without refusing anything: "the case", "the report". */
  private static final Set<String> INQUIRIES =
      Set.of(
          "case",
          "investigation",
          "inquiry",
          "probe",
          "matter",
          "detail",
          "report",
          "question",
          "allegation",
          "accusation",
          "claim",
          "charge",
          "lawsuit",
          "suit",
          "incident",
          "evidence",
          "item",
          "remark",
          "comment",
          "attack",
          "criticism",
          "story",
          "article",
          "rumor",
          "speculation",
          "finding",
          "decision",
          "reason",
          "circumstance",
          "death",
          "arrest");

  /** Attacks that may be made in words. */
  private static final Set<String> VERBAL_ATTACKS = Set.of("attack", "assail");

  private static final Set<String> VERBAL_CASES = Set.of("on", "against");

  /** Verbs whose object an event moves or brings about, rather than acts on. */
  private static final Set<String> REACTIONS =
      Set.of(
          "shock",
          "stun",
          "alarm",
          "anger",
          "outrage",
          "enrage",
          "surprise",
          "upset",
          "worry",
          "concern",
          "frighten",
          "scare",
          "rattle",
          "unsettle",
          "horrify",
          "dismay",
          "disturb",
          "trouble",
          "embarrass",
          "sadden",
          "grip",
          "galvanize",
          "unite",
          "divide",
          "prompt",
          "spark",
          "trigger",
          "draw",
          "cause",
          "fuel",
          "raise",
          "show",
          "highlight",
          "reveal",
          "underscore",
          "haunt",
          "dominate");

  /** Words that tell an attack drew blood or came from arms. */
  private static final Set<String> VIOLENCE =
      Set.of(
          "kill",
          "dead",
          "die",
          "death",
          "wound",
          "injure",
          "injury",
          "murder",
          "assassinate",
          "assassination",
          "assassin",
          "stab",
          "shoot",
          "shooting",
          "gun",
          "gunman",
          "gunfire",
          "knife",
          "bomb",
          "bombing",
          "explosion",
          "blast",
          "explosive",
          "terrorist",
          "terrorism",
          "terror",
          "militant",
          "troops",
          "soldier",
          "military",
          "army",
          "weapon",
          "hostage",
          "massacre",
          "victim",
          "casualty",
          "hospital",
          "wounded",
          "police",
          "murderous",
          "deadly",
          "bloody",
          "violent",
          "armed",
          "suicide",
          "gunshot",
          "officer",
          "arrest",
          "punch",
          "kick",
          "brawl",
          "hammer",
          "machete",
          "rifle",
          "pistol",
          "hurt",
          "beat",
          "assailant",
          "attacker",
          "mob",
          "axe",
          "stone",
          "acid",
          "hospitalize");

  /** Where an attack in deeds happens: "an attack in the capital's main square". */
  private static final Set<String> ATTACKED_PLACES =
      Set.of("country", "nation", "city", "town", "village", "capital", "neighborhood");

  /** What only words can attack: stances, records, qualities. */
  private static final Set<String> WORDS_ATTACKED =
      Set.of(
          "willingness",
          "record",
          "policy",
          "proposal",
          "comment",
          "remark",
          "statement",
          "legitimacy",
          "function",
          "credibility",
          "qualification",
          "fitness",
          "temperament",
          "character",
          "integrity",
          "stance",
          "position",
          "view",
          "decision",
          "leadership",
          "reputation",
          "idea",
          "candidacy",
          "judgment",
          "judgement",
          "motive",
          "honesty",
          "competence",
          "patriotism",
          "claim",
          "agenda",
          "plan",
          "handling",
          "response",
          "values",
          "faith");

  /** Where words are spoken or written: "attacked Delgado in tweets". */
  private static final Set<String> SPOKEN =
      Set.of(
          "tweet",
          "speech",
          "interview",
          "statement",
          "ad",
          "advertisement",
          "op-ed",
          "column",
          "editorial",
          "post",
          "debate",
          "remark",
          "letter",
          "book",
          "article",
          "podcast",
          "message",
          "video");

  /** Verbs that ask questions as well as for things. */
  private static final Set<String> QUESTION_VERBS = Set.of("ask");

  /** Attacks and weapons: what they kill or wound was attacked by someone. */
  private static final Set<String> ARMED =
      Set.of(
          "attack",
          "bombing",
          "bomb",
          "airstrike",
          "strike",
          "shelling",
          "shell",
          "shooting",
          "gunfire",
          "fighting",
          "clash",
          "ambush",
          "raid",
          "assault",
          "offensive",
          "rocket",
          "missile",
          "mortar",
          "grenade",
          "mine",
          "landmine",
          "ied",
          "artillery",
          "drone",
          "sniper",
          "gunman",
          "bomber");

  /** Dashes as the tokeniser writes them: what ends a dateline. */
  private static final Set<String> DASHES = Set.of("—", "–", "--", "-");

  /** A dateline's place, in capitals: "NAIROBI", "BANDAR SERI BEGAWAN" word by word. */
  private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}.'-]*");

  /**
   * Weapons that make the blast or the fire they name an attack: "a roadside bomb explosion",
   * "mortar fire". Not "mine", which also names where miners die in accidents.
   */
  private static final Set<String> WEAPONS =
      Set.of(
          "bomb",
          "rocket",
          "missile",
          "mortar",
          "grenade",
          "landmine",
          "ied",
          "artillery",
          "drone",
          "sniper",
          "suicide",
          "shell",
          "gun",
          "machinegun",
          "tank");

  /** Verbs that kill or wound. */
  private static final Set<String> HARMING =
      Set.of("kill", "wound", "injure", "maim", "shoot", "stab");

  /** Verbs whose passive subject was hurt or hit: "was destroyed in the attack". */
  private static final Set<String> HURT =
      Set.of(
          "kill",
          "wound",
          "injure",
          "hurt",
          "maim",
          "shoot",
          "stab",
          "destroy",
          "damage",
          "hit",
          "strike",
          "target",
          "burn",
          "trap",
          "catch",
          "kidnap",
          "abduct",
          "displace");

  /** What an attack leaves people: "left 12 soldiers dead". */
  private static final Set<String> HARMED = Set.of("dead", "wounded", "injured", "killed");

  /** Forces of nature and mishaps: what they kill or wound, no side attacked. */
  private static final Set<String> MISHAPS =
      Set.of(
          "earthquake",
          "quake",
          "tremor",
          "aftershock",
          "tsunami",
          "storm",
          "hurricane",
          "typhoon",
          "cyclone",
          "tornado",
          "flood",
          "flooding",
          "landslide",
          "mudslide",
          "avalanche",
          "blizzard",
          "wildfire",
          "bushfire",
          "blaze",
          "lightning",
          "eruption",
          "volcano",
          "heatwave",
          "drought",
          "crash",
          "accident",
          "collision",
          "derailment",
          "disease",
          "illness",
          "cancer",
          "pneumonia",
          "epidemic",
          "outbreak",
          "wave",
          "wind",
          "current");

  /**
   * Modifiers that make an event noun no act between sides: a bout of illness ("a heart attack", "a
   * panic attack", "an epileptic seizure"), a briefing ("a news conference") or a state of affairs
   * ("the existing contracts").
   */
  private static final Set<String> NO_ACT_MODIFIERS =
      Set.of(
          "heart",
          "cardiac",
          "panic",
          "anxiety",
          "asthma",
          "asthmatic",
          "epileptic",
          "allergic",
          "migraine",
          "gout",
          "coughing",
          "sneezing",
          "news",
          "press",
          "existing",
          "exist",
          "current");

  /**
   * Verbs whose bare subject in a headline is who it was done to: "Opposition leader arrested in
   * Minsk" is an arrest of the leader even when the tagger reads "arrested" as a past tense.
   */
  private static final Set<String> DONE_TO_IN_HEADLINES =
      Set.of(
          "arrest",
          "detain",
          "jail",
          "imprison",
          "sentence",
          "convict",
          "indict",
          "charge",
          "deport",
          "expel",
          "extradite",
          "kidnap",
          "abduct",
          "execute",
          "capture",
          "hold",
          "shoot",
          "kill",
          "wound",
          "injure",
          "stab",
          "murder",
          "assassinate");

  /** Groups named after a person they are not: "supporters of X", "critics of X". */
  private static final Set<String> FOLLOWERS =
      Set.of(
          "supporter",
          "follower",
          "loyalist",
          "relative",
          "family",
          "fan",
          "lawyer",
          "admirer",
          "sympathizer",
          "sympathiser",
          "opponent",
          "critic");

  /** What a "not" before them contrasts rather than denies: "not by X but by Y", "not only". */
  private static final Set<String> CONTRASTED = Set.of("by", "only", "just", "merely", "simply");

  /** What a side issues to say something: "a statement demanding", "a letter urging". */
  private static final Set<String> MESSAGES =
      Set.of(
          "statement",
          "declaration",
          "letter",
          "resolution",
          "communique",
          "message",
          "appeal",
          "petition",
          "decree",
          "ultimatum",
          "note",
          "motion");

  /** Types whose noun takes what is done to with "of": "the bombing of Belgrade". */
  private static final Set<EventType> DONE_TO_OF = Set.of(EventType.ASSAULT, EventType.COERCE);

  /** Cases that put someone on a side: "on the American side", "for the government side". */
  private static final Set<String> SIDE_CASES = Set.of("on", "for");

  /** How a withdrawal names what is left: "from Turkey", "out of Syria". */
  private static final Set<String> LEFT_CASES = Set.of("from", "out", "of");

  /** Words that stand for a sum of money as the head of a phrase: "$2 billion in aid". */
  private static final Set<String> MONEY =
      Set.of(
          "$", "€", "£", "us$", "million", "billion", "dollar", "euro", "pound", "yuan", "rouble");

  /** Verbs of a state, not an act: what "should be working again" or "should have" forecasts. */
  private static final Set<String> STATES =
      Set.of("be", "have", "get", "remain", "stay", "become", "seem", "look", "feel", "see");

  /** Verbs of the mind: what someone "must understand" is no act demanded of them. */
  private static final Set<String> UNDERSTANDING =
      Set.of(
          "understand",
          "realize",
          "realise",
          "know",
          "remember",
          "recognize",
          "recognise",
          "appreciate",
          "learn",
          "believe",
          "think",
          "feel",
          "see",
          "expect",
          "wonder");

  /**
   * What one fights for without combat: "fought for the rights of others" ("for control of Aleppo"
   * is combat).
   */
  private static final Set<String> CAUSES =
      Set.of(
          "right",
          "rights",
          "well-being",
          "justice",
          "freedom",
          "equality",
          "cause",
          "dignity",
          "reform",
          "change",
          "people",
          "other",
          "others",
          "family",
          "child",
          "children",
          "future",
          "recognition",
          "peace",
          "democracy",
          "liberty",
          "worker",
          "woman",
          "women",
          "poor",
          "voter",
          "job",
          "wage",
          "health",
          "education",
          "life");

  /**
   * Attacks usually named after whom they were done to: "the Slepian shooting" ("the Breivik
   * massacre" is named after who did it).
   */
  private static final Set<String> VICTIM_NAMED =
      Set.of(
          "shooting", "killing", "assassination", "stabbing", "beating", "kidnapping", "abduction");

  /** Gatherings one is invited to as a guest, not as a side. */
  private static final Set<String> SOCIAL_EVENTS =
      Set.of(
          "dinner",
          "party",
          "wedding",
          "reception",
          "celebration",
          "lunch",
          "luncheon",
          "breakfast",
          "gala",
          "ball",
          "barbecue",
          "picnic",
          "show",
          "concert",
          "premiere",
          "screening",
          "birthday");

  /** What a visit made for leisure is on or for. */
  private static final Set<String> LEISURE =
      Set.of("vacation", "holiday", "holidays", "honeymoon", "sabbatical", "getaway", "cruise");

  /** Nouns that a trigger before them names the kind of: "a mediation effort". */
  private static final Set<String> EFFORTS =
      Set.of("effort", "bid", "mission", "attempt", "initiative", "drive");

  /** Nouns that count what their "of" phrase names: "a string of burglaries". */
  private static final Set<String> SERIES =
      Set.of(
          "series", "string", "spate", "wave", "number", "couple", "handful", "host", "rash",
          "slew", "litany", "range", "set", "pair", "lot", "bunch", "flurry", "raft", "variety");

  /** What one commits when committing is a pledge: forces, money. */
  private static final Set<String> COMMITTED =
      Set.of(
          "funding",
          "€",
          "£",
          "euro",
          "dollar",
          "pound",
          "yuan",
          "troop",
          "force",
          "soldier",
          "personnel",
          "fund",
          "money",
          "resource",
          "aid",
          "$",
          "billion",
          "million",
          "asset");

  /** Contests one withdraws from without any retreat: "out of the tournament". */
  private static final Set<String> CONTESTS =
      Set.of(
          "tournament",
          "race",
          "match",
          "game",
          "championship",
          "competition",
          "contest",
          "final",
          "semifinal",
          "quarterfinal",
          "cup",
          "marathon",
          "event",
          "olympics",
          "open",
          "draft",
          "season");

  /** How a withdrawal is put down to an injury: "with", "through", "because of". */
  private static final Set<String> INJURY_CASES = Set.of("with", "through", "because", "due");

  /** What a player withdraws with. */
  private static final Set<String> INJURIES =
      Set.of("injury", "illness", "strain", "sprain", "fracture", "concussion");

  private static final Set<String> PARTNER_CASES =
      Set.of("to", "with", "against", "on", "into", "towards", "toward", "at", "for", "upon");

  /** Nouns a country's adjective makes a place of: "Syrian territory", "the Afghan border". */
  private static final Set<String> LAND_NOUNS =
      Set.of(
          "territory",
          "soil",
          "land",
          "airspace",
          "water",
          "coast",
          "coastline",
          "border",
          "frontier",
          "side",
          "capital",
          "city",
          "town",
          "village",
          "province",
          "region",
          "district",
          "port",
          "island",
          "mainland",
          "countryside",
          "base",
          "enclave",
          "sea",
          "area",
          "zone",
          "neighbourhood",
          "neighborhood",
          "highway");

  private static final Set<String> PLACE_CASES =
      Set.of("in", "at", "near", "on", "across", "along", "inside", "within", "outside", "over");
  private static final Set<String> RECURRING_WORDS =
      Set.of(
          "regularly",
          "routinely",
          "often",
          "repeatedly",
          "annually",
          "periodically",
          "frequently",
          "incidents",
          "annual",
          "usually");
  private static final Pattern HEDGES =
      Pattern.compile(
          "\\b(reportedly|allegedly|according to|were seen|was seen|is said to|are said to|"
              + "unconfirmed|purportedly|rumou?red)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING_TO =
      Pattern.compile("\\b[Aa]ccording to ((?:the )?[A-Z][\\w.\\-]*(?: [A-Z][\\w.\\-]*){0,5})");

  /** Verbs that lay an act at someone's door without establishing it. */
  private static final Set<String> ALLEGING =
      Set.of(
          "accuse",
          "blame",
          "charge",
          "suspect",
          "allege",
          "condemn",
          "denounce",
          "criticize",
          "criticise",
          "fault",
          "indict");

  /** Prepositions before the act one is accused, blamed or praised for: "of", "for", "with". */
  private static final Set<String> DOING_CASES = Set.of("of", "for", "with");

  /** The words through which "call" asks: "call for", "call on", "call upon". */
  private static final Set<String> ASKED_THROUGH = Set.of("for", "on", "upon");

  /** What one calls by convening it: a strike or a protest, a meeting or talks. */
  private static final Set<EventType> CONVENED = Set.of(EventType.PROTEST, EventType.CONSULT);

  private static final Set<EventType> COOPERATIVE =
      Set.of(
          EventType.AGREE,
          EventType.COOPERATE,
          EventType.AID,
          EventType.SUPPORT,
          EventType.CONCEDE,
          EventType.CONSULT);

  /** Types that take two parties; when the text names one, the other is the article's focus. */
  private static final Set<EventType> IMPLICIT_PARTNER =
      Set.of(EventType.AGREE, EventType.AID, EventType.COOPERATE);

  private final DependencyParser parser;
  private final Lexicon lexicon;

  public EventCoder(DependencyParser parser) {
    this.parser = parser;
    this.lexicon = Lexicon.load();
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(
        Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES, Layer.PLACES, Layer.TIMES, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    ArticleIndex index = new ArticleIndex(in);
    List<Token> tokens = in.annotations().tokens();
    List<Event> found = new ArrayList<>();
    int parsed = 0;
    for (Sentence sentence : in.annotations().sentences()) {
      List<Token> words = tokens.subList(sentence.firstToken(), sentence.endToken());
      if (!mayHoldEvent(words, index)) {
        continue;
      }
      if (++parsed > MAX_PARSED_SENTENCES || found.size() >= 4 * MAX_EVENTS) {
        break;
      }
      SentenceGraph graph = new SentenceGraph(words, parser.parse(words));
      found.addAll(
          new SentenceCoder(graph, sentence, index, type -> lastOfType(found, type)).code());
    }
    Set<String> people = new java.util.HashSet<>();
    for (Entity e : in.annotations().entities()) {
      if (e.type() == EntityType.PERSON) {
        people.add(e.id());
      }
    }
    List<Event> merged = new EventMerger(people).merge(found);
    if (merged.size() > MAX_EVENTS) {
      merged = merged.subList(0, MAX_EVENTS);
    }
    List<Event> numbered = new ArrayList<>(merged.size());
    for (Event e : merged) {
      numbered.add(EventMerger.withId(e, "V" + (numbered.size() + 1)));
    }
    return in.withEvents(numbered);
  }

  private static Optional<Event> lastOfType(List<Event> events, EventType type) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).type() == type) {
        return Optional.of(events.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence is worth parsing: it has a trigger that could fire there, or a "must" or
   * "should" with a word of saying or demanding, which could make a demand of what is said. Parsing
   * is most of the coder's cost.
   */
  private boolean mayHoldEvent(List<Token> words, ArticleIndex index) {
    if (words.size() < 3) {
      return false;
    }
    Set<String> present = new java.util.HashSet<>();
    boolean head = false;
    for (Token t : words) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      head |= lexicon.mayTrigger(lemma);
      present.add(lemma);
      present.add(t.word().toLowerCase(Locale.ROOT));
    }
    // "Moscow said Tbilisi must return the helicopters": a demand with no trigger word, said or
    // demanded
    boolean obliged =
        (present.contains("must") || present.contains("should") || present.contains("ought"))
            && present.stream().anyMatch(w -> REPORTING.contains(w) || DEMANDING.contains(w));
    if (!head) {
      return obliged;
    }
    for (Token t : words) {
      // a trigger that needs a person or equipment may fire
      Optional<EntityType> type = index.entityAt(t.span()).map(h -> h.value().type());
      if (type.filter(x -> x == EntityType.PERSON).isPresent()) {
        present.add(Lexicon.PERSON);
      } else if (type.filter(x -> x == EntityType.EQUIPMENT).isPresent()) {
        present.add(Lexicon.EQUIPMENT);
      }
    }
    if ((present.contains("at") || present.contains("on") || present.contains("upon"))
        && present.stream().anyMatch(EventCoder::firedUpon)) {
      present.add(Lexicon.AIMED);
    }
    if (present.contains("must") || present.contains("should") || present.contains("ought")) {
      return true;
    }
    for (Token t : words) {
      boolean noun = t.tag().startsWith("NN");
      if ((noun || t.tag().startsWith("VB"))
          && !index.inTime(t.span())
          && lexicon.mayFire(t.lemma().toLowerCase(Locale.ROOT), noun, present)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word may name what is fired upon: "the crowd", "protesters", "troops". */
  private static boolean firedUpon(String word) {
    String noun = singular(word);
    return AIMED_AT.contains(noun) || GROUP_NOUNS.contains(noun) && !INSTITUTIONS.contains(noun);
  }

  /** A lemma with a plural "s" the lemmatiser left ("troops") taken off, for a group noun. */
  /**
   * Whether a lemma, lower-cased and with a plural "s" the lemmatiser kept taken off, is in a set.
   */
  private static boolean namedIn(Set<String> words, String lemma) {
    String word = lemma.toLowerCase(Locale.ROOT);
    return words.contains(word)
        || word.endsWith("s") && words.contains(word.substring(0, word.length() - 1));
  }

  private static String singular(String lemma) {
    String stem = lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
    return !GROUP_NOUNS.contains(lemma)
            && !AIMED_AT.contains(lemma)
            && (GROUP_NOUNS.contains(stem) || AIMED_AT.contains(stem))
        ? stem
        : lemma;
  }

  /** A trigger found at a token, possibly standing for a governed trigger as well. */
  private record Hit(int token, Lexicon.Trigger trigger) {}

  /** Codes the events of one sentence. */
  private final class SentenceCoder {
    private final SentenceGraph g;
    private final Sentence sentence;
    private final ArticleIndex index;

    /** Where the sentence's dateline ends, or -1 (see {@link #datelineEnd()}). */
    private final int dateline;

    private final java.util.function.Function<EventType, Optional<Event>> lastOfType;

    SentenceCoder(
        SentenceGraph g,
        Sentence sentence,
        ArticleIndex index,
        java.util.function.Function<EventType, Optional<Event>> lastOfType) {
      this.g = g;
      this.sentence = sentence;
      this.index = index;
      this.lastOfType = lastOfType;
      this.dateline = datelineEnd();
    }

    List<Event> code() {
      Map<Integer, Hit> hits = new LinkedHashMap<>();
      for (int i = 0; i < g.size(); i++) {
        boolean noun = g.isNoun(i);
        if (!noun && !g.isVerb(i) || index.inTime(g.token(i).span())) {
          continue;
        }
        if (Character.isUpperCase(g.word(i).codePointAt(0))
            && index.entityAt(g.token(i).span()).isPresent()) {
          continue; // a word of a name: "Promises Treatment Center"
        }
        if (g.tag(i).startsWith("NNP")
            && (index.startsOrganizationName(g.word(i)) || g.relation(i).equals("nmod:poss"))) {
          continue; // a name cut short: "Summit" for "Oxley Summit Ltd", "Summit's chairman"
        }
        for (Lexicon.Trigger t : lexicon.candidates(g.lemma(i), noun)) {
          if (fits(i, t)) {
            hits.put(i, new Hit(i, t));
            break;
          }
        }
      }
      List<Event> out = new ArrayList<>();
      requests().ifPresent(out::add);
      Set<Integer> consumed = new java.util.HashSet<>();
      for (Hit hit : hits.values()) {
        if (consumed.contains(hit.token())) {
          continue;
        }
        if (governedByHit(hit.token(), hits)) {
          continue;
        }
        coded(hit, hits, consumed).ifPresent(out::add);
      }
      return out;
    }

    /**
     * "Ankara said that Baku must hand back the drone": a demand, from the one who says it to the
     * one who must.
     */
    private Optional<Event> requests() {
      for (int v = 0; v < g.size(); v++) {
        if (!g.isVerb(v)
            || !g.hasChild(v, "aux", "must", "should", "ought")
            || UNDERSTANDING.contains(g.lemma(v))
            || g.hasChild(v, "aux", "have")) {
          // "Greeks must understand that ...": an exhortation; "he must have written it": an
          // inference; neither is a demand of an act
          continue;
        }
        int h = g.head(v);
        if (h < 0
            || !g.baseRelation(v).equals("ccomp")
            || !(REPORTING.contains(g.lemma(h)) || DEMANDING.contains(g.lemma(h)))) {
          continue;
        }
        Sides sides = new Sides();
        int speaker = g.child(h, "nsubj");
        if (speaker >= 0) {
          addActors(g.phrase(speaker), sides.source, false);
        }
        int subject = g.child(v, "nsubj", "nsubj:pass");
        if (subject >= 0) {
          addActors(g.phrase(subject), sides.target, false);
        }
        separatePeople(sides);
        sides.target.keySet().removeAll(sides.source.keySet());
        // "said the network should be working again": a forecast of a state; a demand asks for an
        // act
        // ("the strikes must stop"), of someone named or not
        if (sides.source.isEmpty()
            || sides.target.isEmpty()
                && (g.hasChild(v, "cop")
                    || STATES.contains(g.lemma(v))
                    || subject < 0
                    || g.tag(subject).startsWith("PRP")
                    || g.tag(subject).startsWith("DT")
                    || g.tag(subject).startsWith("W"))) {
          // "said this should let it cut costs": a pronoun's forecast
          continue;
        }
        Set<String> countries = new LinkedHashSet<>();
        sides.codes().forEach(countries::add);
        return Optional.of(
            new Event(
                "V0",
                EventType.REQUEST,
                Optional.empty(),
                "020",
                List.copyOf(sides.source.values()),
                List.copyOf(sides.target.values()),
                dateOf(h, h),
                Optional.empty(),
                List.copyOf(countries),
                EventStatus.REPORTED,
                EventAttributes.NONE,
                Optional.empty(),
                evidence(h, h),
                0.7));
      }
      return Optional.empty();
    }

    /** Whether the trigger's required dependent and needed lemmas are there. */
    private boolean fits(int i, Lexicon.Trigger t) {
      if (t.dependent().isPresent()) {
        String dep = t.dependent().get();
        boolean found = false;
        for (int c : g.children(i)) {
          if (g.lemma(c).equals(dep) || g.caseOf(c).equals(dep)) {
            found = true;
          }
        }
        if (!found) {
          return false;
        }
      }
      if (t.noun()) {
        int h = g.head(i);
        if (h >= 0 && BLOCKING_NOUNS.contains(g.lemma(h))) {
          return false;
        }
        // "a mediation effort" names one; "an attack helicopter" is a helicopter
        if ((g.relation(i).equals("compound") || g.relation(i).equals("amod"))
            && !(h >= 0 && EFFORTS.contains(g.lemma(h).toLowerCase(Locale.ROOT)))) {
          return false;
        }
        for (int c : g.children(i)) {
          String r = g.relation(c);
          if ((r.equals("compound") || r.equals("amod")) && NO_ACT_MODIFIERS.contains(g.lemma(c))) {
            return false;
          }
          // "the talk of knives": what is talked about, no talks
          if (g.lemma(i).equals("talk")
              && g.tag(i).equals("NN")
              && g.baseRelation(c).equals("nmod")
              && g.caseOf(c).equals("of")) {
            return false;
          }
        }
        // "the senator's tough talk": one talk that is someone's or of some kind is speech, unless
        // held or had with someone ("returned to Vienna for talk on uranium" is talks).
        if (g.word(i).equalsIgnoreCase("talk")
            && (g.child(i, "nmod:poss") >= 0 || g.child(i, "amod") >= 0)
            && !heldWithSomeone(i)) {
          return false;
        }
        // "her delivery on the stump": a speech's; a delivery of aid says what or to whom
        if (g.lemma(i).equalsIgnoreCase("delivery") && !saysWhatOrWhom(i)) {
          return false;
        }
        // "There is an agreement", "an agreement is in force": a state of affairs, not an event.
        if (h >= 0 && g.lemma(h).equals("be") || g.hasChild(i, "cop") || g.hasChild(i, "expl")) {
          return false;
        }
        String kase = g.caseOf(i);
        if (kase.equals("under") || kase.equals("within")) {
          return false;
        }
        // "voted on President Mora's trade pact", "pulled out of a sponsorship agreement": an
        // agreement a phrase refers to was made before; the act is the one that refers to it
        // ("came to an agreement" makes one).
        if (t.type() == EventType.AGREE
            && REFERRING_CASES.contains(kase)
            && !(h >= 0 && REACHING.contains(g.lemma(h)))
            && !hasOwnDate(i)) {
          return false;
        }
        // "a reward for tips that lead to the arrest", "talks that could lead to a truce": what
        // something may bring about ("the raid led to the arrest of six" brought it about)
        if (kase.equals("to")
            && h >= 0
            && g.lemma(h).equals("lead")
            && (g.tag(h).matches("VB|VBP|VBZ")
                || g.tag(h).equals("VBG") && g.baseRelation(h).equals("acl"))
            && !g.hasChild(h, "aux", "have", "has", "had")) {
          return false; // ("the envoy walked out, leading to a crisis" told what followed)
        }
        // "during demonstrations against the government": protests that took place, against
        // something ("during the talks" is background)
        if (TEMPORAL_CASES.contains(kase)
            && !hasOwnDate(i)
            && !(t.type() == EventType.PROTEST && ownCause(i))) {
          return false;
        }
      } else if (!realized(i)) {
        return false;
      }
      // "a poll released on Friday", "a survey of 600 voters released on Tuesday": a
      // participle's noun, or the noun whose "of" phrase it ends, is its object.
      if (!t.noun() && g.baseRelation(i).equals("acl") && g.tag(i).equals("VBN")) {
        int noun = g.head(i);
        if (noun >= 0 && t.unless().contains(g.lemma(noun))) {
          return false;
        }
        if (noun >= 0
            && g.caseOf(noun).equals("of")
            && g.head(noun) >= 0
            && t.unless().contains(g.lemma(g.head(noun)))) {
          return false;
        }
      }
      // "the senator discussed one of her proposals": talking about something, with nobody
      if (!t.noun() && g.lemma(i).equals("discuss") && !hasPartner(i) && !manySubjects(i)) {
        return false;
      }
      // "anybody who saw it is asked to phone the police": an appeal to the public, nobody's
      // request of anybody.
      if (t.type() == EventType.REQUEST && !t.noun()) {
        int asked = g.child(i, "nsubj:pass", "obj");
        if (asked >= 0
            && (THE_PUBLIC.contains(g.lemma(asked))
                || THE_PUBLIC.contains(g.word(asked).toLowerCase(Locale.ROOT)))) {
          return false;
        }
      }
      // "warned against hackers", "warned of floods": a caution, no threat to anybody
      if (!t.noun()
          && g.lemma(i).equals("warn")
          && g.child(i, "obj", "ccomp", "xcomp") < 0
          && cautionedAbout(i)) {
        return false;
      }
      // "conceded that the vote had gone badly": an admission, no concession to anybody
      if (!t.noun()
          && t.type() == EventType.CONCEDE
          && g.lemma(i).equals("concede")
          && g.child(i, "ccomp") >= 0
          && g.child(i, "obj") < 0) {
        return false;
      }
      // "as the accounts demonstrate": to show, unless people demonstrate or somewhere
      if (!t.noun() && g.lemma(i).equals("demonstrate") && !demonstrators(i)) {
        return false;
      }
      // "invited to a birthday party": a social call
      if (!t.noun() && g.lemma(i).equals("invite")) {
        for (int c : g.children(i)) {
          if (g.baseRelation(c).equals("obl")
              && g.caseOf(c).equals("to")
              && SOCIAL_EVENTS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
            return false;
          }
        }
      }
      // "the vote promised to be a close contest": a prospect, no one's promise
      if (!t.noun() && g.lemma(i).equals("promise")) {
        int subject = g.child(i, "nsubj");
        int what = g.child(i, "xcomp");
        if (subject >= 0
            && what >= 0
            && (g.lemma(what).equals("be") || g.hasChild(what, "cop"))
            && index.entityAt(g.token(subject).span()).isEmpty()
            && !isGroup(subject)
            && !g.tag(subject).startsWith("PRP")) {
          return false;
        }
      }
      // "visiting Cannes on holiday": a holiday, no visit between sides
      if (t.type() == EventType.CONSULT && onHoliday(i)) {
        return false;
      }
      // "committed a string of burglaries": a crime; one commits to something, or commits troops
      // or money
      if (!t.noun() && g.lemma(i).equals("commit") && !committedTo(i)) {
        return false;
      }
      // "fought for the rights of tenants": a struggle for something, no combat ("fought for
      // the town against the rebels" is one)
      if (!t.noun() && g.lemma(i).equals("fight") && struggleFor(i)) {
        return false;
      }
      // "officers gave the driver first aid": medical care, no aid between sides
      if (t.type() == EventType.AID && firstAid(i)) {
        return false;
      }
      // "pulled out of the tournament with a wrist injury": a player's withdrawal
      if (t.type() == EventType.RETREAT && !t.noun() && fromContest(i)) {
        return false;
      }
      // "their semifinal meeting against Ohio State", "three trips later": a game, a measure
      if (t.type() == EventType.CONSULT && t.noun() && contestOrMeasure(i)) {
        return false;
      }
      // "packing his bags for the trip home": going home is no visit
      if (t.type() == EventType.CONSULT
          && t.noun()
          && i + 1 < g.size()
          && g.word(i + 1).equals("home")) {
        return false;
      }
      // "donated to Senator Ames": to a politician's campaign, no aid
      if (t.type() == EventType.AID
          && !t.noun()
          && DONATING.contains(g.lemma(i).toLowerCase(Locale.ROOT))
          && toPolitics(i)) {
        return false;
      }
      // "a Reed rally", "the senator's rally": a candidate's campaign, no protest ("Petrov's rally
      // against the war" is one)
      if (t.noun() && g.lemma(i).equals("rally") && !hasCause(i)) {
        for (int c : g.children(i)) {
          String r = g.relation(c);
          if ((r.equals("nmod:poss") || r.equals("compound")) && namesPerson(c)) {
            return false;
          }
        }
      }
      // "speeches that used the word "attack"": a noun in quotation marks alone is named,
      // not used.
      if (quotedAlone(i)) {
        return false;
      }
      for (int c : g.children(i)) {
        String r = g.relation(c);
        boolean object = !t.noun() && (r.equals("obj") || r.equals("nsubj:pass"));
        boolean modifier = t.noun() && (r.equals("compound") || r.equals("amod"));
        // "defended her call to cut the fuel tax" is no support; "defended the Army's decision"
        // supports the Army.
        boolean someoneElses =
            t.type() == EventType.SUPPORT
                && object
                && g.child(c, "nmod:poss") >= 0
                && !g.tag(g.child(c, "nmod:poss")).startsWith("PRP");
        if ((object || modifier) && t.unless().contains(g.lemma(counted(c))) && !someoneElses) {
          return false;
        }
        // "the governor shot back": a retort ("police shot back at the gunmen" is fire)
        if (t.type() == EventType.ASSAULT
            && (r.equals("compound:prt") || r.equals("advmod"))
            && g.lemma(c).equals("back")
            && !aimed(i)) {
          return false;
        }
        // "his proposals have met with resistance": how something was received
        if (t.type() == EventType.CONSULT
            && !t.noun()
            && g.baseRelation(c).equals("obl")
            && g.caseOf(c).equals("with")
            && RECEPTIONS.contains(g.lemma(c))) {
          return false;
        }
        // "38 percent of likely voters backed the senator": a poll, no act of support
        if (t.type() == EventType.SUPPORT
            && !t.noun()
            && (r.equals("nsubj") || r.equals("obl") || r.equals("obl:npmod"))
            && (g.lemma(c).equals("percent") || g.word(c).equals("%"))) {
          return false;
        }
        // "pulling out her Texas credentials", "pulled a knife out": what is taken out, no
        // withdrawal ("pulled out its troops", "its monitors", "its tanks" are)
        if (t.type() == EventType.RETREAT
            && !t.noun()
            && g.lemma(i).equals("pull")
            && r.equals("obj")
            && namedIn(PULLED_THINGS, g.lemma(c))) {
          return false;
        }
        // "backed off its plan", "backed down": no support
        if (t.type() == EventType.SUPPORT
            && r.equals("compound:prt")
            && AWAY_PARTICLES.contains(g.lemma(c))) {
          return false;
        }
        // "declined to comment", "refused to say": no refusal of anything between sides
        if (t.type() == EventType.REJECT && r.equals("xcomp") && NO_COMMENT.contains(g.lemma(c))) {
          return false;
        }
        // "declined to give a breakdown", "refused to provide details": no comment either
        if (t.type() == EventType.REJECT
            && r.equals("xcomp")
            && GIVING.contains(g.lemma(c))
            && g.child(c, "obj") >= 0
            && INFORMATION.contains(g.lemma(g.child(c, "obj")))) {
          return false;
        }
        // "insist that the flow is shrinking": a claim, not a demand ("demanded that the
        // border be closed" is one)
        if (t.type() == EventType.REQUEST
            && !t.noun()
            && r.equals("ccomp")
            && stated(c)
            && g.child(i, "xcomp", "obj") < 0) {
          return false;
        }
        // "warned voters about foreign hackers", "warned that the dam was a danger": a warning of
        // what is, no threat of what the warner will do ("warned that they would hit back")
        if (t.type() == EventType.THREATEN
            && g.lemma(i).equals("warn")
            && (g.baseRelation(c).equals("obl")
                    && WARNED_ABOUT.contains(g.caseOf(c))
                    && !RESPONSES.contains(g.lemma(c))
                || (r.equals("ccomp") || r.equals("dep") && g.isVerb(c))
                    && !((ruled(c) || g.hasChild(c, "aux", "could", "may", "might", "can"))
                        && ownAct(i, c))
                    && g.child(i, "xcomp") < 0)) {
          return false;
        }
        // "fight to retain their edge": a struggle, no combat
        if (t.type() == EventType.ASSAULT
            && !t.noun()
            && r.equals("xcomp")
            && g.hasChild(c, "mark", "to")) {
          return false;
        }
        // "agreed that the senator needs to give a speech": an opinion shared, no agreement
        if (t.type() == EventType.AGREE
            && !t.noun()
            && r.equals("ccomp")
            && (g.hasChild(c, "cop") || g.lemma(c).equals("be") || stated(c))
            && g.child(i, "xcomp", "obj") < 0) {
          return false;
        }
      }
      if (QUESTION_VERBS.contains(g.lemma(i)) && !t.noun() && !asksForSomething(i)) {
        return false;
      }
      if (t.needs().contains("!clause")) {
        return g.child(i, "obj", "ccomp") < 0;
      }
      if (t.needs().isEmpty()) {
        return t.role() != Lexicon.Role.LIGHT;
      }
      if (t.needs().contains(Lexicon.TO_CLAUSE) && !t.noun() && g.child(i, "obj") < 0) {
        // "offered to mediate"; but "offered him a platform to air his views" offers the platform
        for (int c : g.children(i)) {
          if (g.baseRelation(c).equals("xcomp") && g.hasChild(c, "mark", "to")) {
            return true;
          }
        }
      }
      // "soldiers fired at protesters": aimed at people, whatever was fired ("fired tear gas at
      // protesters" is crowd control, coded as coercion)
      if (t.type() == EventType.ASSAULT && !t.noun() && (firedAt(i) || crowdControl(i))) {
        return true;
      }
      // "the pollster released a new analysis": with an object or a clause, the subject is the
      // doer, not the thing the trigger needs ("the troops moved": without one it may be).
      boolean transitive = !t.noun() && g.child(i, "obj", "ccomp") >= 0;
      for (int c : g.children(i)) {
        if (transitive && g.relation(c).equals("nsubj")) {
          continue;
        }
        // "supports any initiatives" is no particular thing; "will not accept any refugees" is.
        if (needed(t, c) && (!unspecific(c) || negated(i))) {
          return true;
        }
        // "suspended part of its aid", "withdrew half of its troops", "offered a number of
        // concessions": the thing is under "of".
        if (PARTITIVES.contains(g.lemma(c)) || SERIES.contains(g.lemma(c))) {
          for (int of : g.children(c)) {
            if (g.baseRelation(of).equals("nmod") && g.caseOf(of).equals("of") && needed(t, of)) {
              return true;
            }
          }
        }
        for (int cc : g.children(c)) {
          if (g.relation(cc).equals("compound") && needed(t, cc)) {
            return true;
          }
          // "gave Egypt $2 billion in aid": a sum, and what it is in
          if (MONEY.contains(g.lemma(c).toLowerCase(Locale.ROOT))
              && g.baseRelation(cc).equals("nmod")
              && (g.caseOf(cc).equals("in") || g.caseOf(cc).equals("of"))
              && needed(t, cc)) {
            return true;
          }
        }
      }
      int h = g.head(i);
      if (h >= 0 && g.relation(i).equals("xcomp")) {
        int subject = g.child(h, "nsubj", "nsubj:pass");
        if (subject >= 0 && needed(t, subject)) {
          return true;
        }
      }
      if (t.noun() && h >= 0 && needed(t, h)) {
        return true;
      }
      return !t.noun() && g.child(i, "obj") < 0 && strandedObject(i, t);
    }

    /**
     * Whether "ask" asks for something rather than asks a question: someone to do something ("asked
     * him to give"), for something ("asked for help"), or that something be done; not "asked what
     * she saw", "asked whether ...", nor a bare "Arians asked."
     */
    private boolean asksForSomething(int verb) {
      for (int c : g.children(verb)) {
        // "asked the offices why they never replied": whom is asked, and the question (which
        // the parser may also hang on as an adverbial clause)
        String r = g.baseRelation(c);
        // "asked his players if they were nervous": with someone asked and nothing to do, "if"
        // asks too
        boolean askedIf =
            r.equals("advcl")
                && g.hasChild(c, "mark", "if")
                && !g.hasChild(c, "aux", "could", "would", "can", "will", "might", "may")
                && g.child(verb, "obj") >= 0
                && g.child(verb, "xcomp") < 0;
        if (r.equals("ccomp") && questionClause(c) || r.equals("advcl") && askedWhy(c) || askedIf) {
          return false;
        }
      }
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        if (r.equals("xcomp") || r.equals("obl") && g.caseOf(c).equals("for")) {
          return true;
        }
      }
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        if (r.equals("ccomp")) {
          return g.child(c, "mark") >= 0;
        }
        if (r.equals("obj") && g.isNoun(c) && !g.lemma(c).equals("question")) {
          return index.entityAt(g.token(c).span()).isEmpty();
        }
      }
      return false;
    }

    /**
     * Whether an adverbial clause is a question after all: it opens with "why", "how" or "whether"
     * ("when the reactor failed" is when, "what officials called" no question).
     */
    private boolean askedWhy(int clause) {
      int first = g.phrase(clause).stream().min(Integer::compare).orElse(clause);
      return QUESTION_WORDS.contains(g.word(first).toLowerCase(Locale.ROOT));
    }

    /** Whether a clause asks a question: "why they did not respond", "whether it would". */
    private boolean questionClause(int clause) {
      for (int d : g.children(clause)) {
        String w = g.word(d).toLowerCase(Locale.ROOT);
        if (g.tag(d).startsWith("W") || w.equals("whether") || w.equals("if")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the noun right after a verb with no object is what it needs, taken by the parser as
     * the subject of a participle that follows ("blocked roads demanding that ...": "roads
     * demanding"; "stopped the march organised by workers").
     */
    private boolean strandedObject(int verb, Lexicon.Trigger t) {
      int next = verb + 1;
      while (next < g.size()
          && (g.tag(next).equals("DT")
              || g.tag(next).startsWith("JJ")
              || g.tag(next).equals("CD"))) {
        next++;
      }
      if (next >= g.size() || !g.isNoun(next) || !needed(t, next)) {
        return false;
      }
      int h = g.head(next);
      return h > next
          && g.relation(next).startsWith("nsubj")
          && (g.tag(h).equals("VBG") || g.tag(h).equals("VBN"));
    }

    /** "supports any initiatives", "will accept any offer": no particular thing, so no event. */
    private boolean unspecific(int token) {
      for (int c : g.children(token)) {
        if (g.relation(c).equals("det") && g.lemma(c).equalsIgnoreCase("any")) {
          return true;
        }
      }
      return false;
    }

    private boolean needed(Lexicon.Trigger t, int token) {
      return t.needs().contains(g.lemma(token))
          || t.needs().contains(g.word(token).toLowerCase(Locale.ROOT))
          || (t.needs().contains(Lexicon.PERSON) && namesPerson(token))
          || (t.needs().contains(Lexicon.EQUIPMENT)
              && index
                  .entityAt(g.token(token).span())
                  .filter(hit -> hit.value().type() == EntityType.EQUIPMENT)
                  .isPresent());
    }

    /**
     * Whether a verb's action is told as happening: not a purpose ("in order to attack"), nor an
     * infinitive under a verb that does not make it happen ("forced to negotiate", "tried to").
     */
    private boolean realized(int verb) {
      String r = g.baseRelation(verb);
      boolean infinitive = g.hasChild(verb, "mark", "to");
      if (!infinitive || g.hasChild(verb, "advmod", "due") || g.hasChild(verb, "amod", "due")) {
        return true;
      }
      // "Stayed home to protest", "summoned the ambassador to complain": the purpose is voiced.
      if (PURPOSE_VOICED.contains(g.lemma(verb))) {
        return true;
      }
      int h = g.head(verb);
      if (r.equals("xcomp") && h >= 0) {
        // "is willing to pull back" commits to it: a promise (see committed).
        return REALIZING.contains(g.lemma(h))
            || WILLING.contains(g.lemma(h))
            || lexicon.governs(g.lemma(h));
      }
      return false;
    }

    /**
     * Whether a clause says what is to be done ("agreed that talks would resume", "that troops
     * should leave", "that the border be opened") rather than what is ("agreed that the senator
     * needs a speech").
     */
    private boolean ruled(int clause) {
      if (g.hasChild(clause, "aux", "will", "would", "shall", "should", "must")) {
        return true;
      }
      // a subjunctive: "that the border be opened", "that he resign"
      boolean plainAux = false;
      for (int c : g.children(clause)) {
        plainAux |= g.relation(c).equals("aux");
      }
      int passive = g.child(clause, "aux:pass");
      if (passive >= 0 && g.tag(passive).equals("VB") && !plainAux) {
        return true;
      }
      return g.tag(clause).equals("VB") && !plainAux;
    }

    /**
     * Whether a clause states what is or was, in a tense of its own: "that the flow is shrinking",
     * "that the senator needs a speech". A base form, a modal or a plural present ("that its
     * partners refuse") may say what is to be done, and is not taken as stated.
     */
    private boolean stated(int clause) {
      String tag = g.tag(clause);
      if (tag.equals("VBZ") || tag.equals("VBD")) {
        return true;
      }
      for (int c : g.children(clause)) {
        String r = g.baseRelation(c);
        if ((r.equals("aux") || r.equals("cop"))
            && (g.tag(c).equals("VBZ") || g.tag(c).equals("VBD") || g.tag(c).equals("VBP"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a clause tells what the subject of {@code verb} will do: "Iran warned that it would
     * retaliate", not "officials warned that the rains will cause landslides".
     */
    private boolean ownAct(int verb, int clause) {
      int doer = g.child(clause, "nsubj");
      // "warned that it would be a catastrophe": what will be, not what the warner will do
      if (doer < 0 || g.hasChild(clause, "cop") || g.lemma(clause).equals("be")) {
        return false;
      }
      if (g.tag(doer).startsWith("PRP")) {
        return true;
      }
      int subject = g.child(verb, "nsubj");
      return subject >= 0 && g.lemma(subject).equalsIgnoreCase(g.lemma(doer));
    }

    /** Whether a verb names whom it is done with: "discuss the program with the EU". */
    private boolean hasPartner(int verb) {
      for (int c : g.children(verb)) {
        String kase = g.caseOf(c);
        if ((g.baseRelation(c).equals("obl") || g.baseRelation(c).equals("nmod"))
            && (kase.equals("with") || kase.equals("between"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a verb's subject (or, for "to" clauses, its governor's) is more than one: "the two
     * sides discussed", "Putin and Xi discussed", "they discussed".
     */
    private boolean manySubjects(int verb) {
      int subject = g.child(verb, "nsubj", "nsubj:pass");
      if (subject < 0 && g.head(verb) >= 0) {
        subject = g.child(g.head(verb), "nsubj", "nsubj:pass");
      }
      if (subject >= 0 && g.relation(subject).equals("nsubj:pass")) {
        // "the plan was discussed by ministers": those who discussed are the agents
        int verbOf = g.head(subject);
        subject = -1;
        for (int v : List.of(verb, verbOf)) {
          for (int c : g.children(v)) {
            if (subject < 0 && g.baseRelation(c).equals("obl") && g.caseOf(c).equals("by")) {
              subject = c;
            }
          }
        }
        if (subject < 0) {
          return false; // "it is expected to discuss": nobody named who discusses
        }
      }
      if (subject < 0) {
        return true; // nobody to count: let the sides decide
      }
      String tag = g.tag(subject);
      return tag.equals("NNS")
          || tag.equals("NNPS")
          || g.child(subject, "conj") >= 0
          || PLURAL_PRONOUNS.contains(g.lemma(subject).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the token is a noun in quotation marks of its own: "such as "attack,"". A verb in
     * quotation marks is still used: "called on citizens to "mobilize" against the decree".
     */
    private boolean quotedAlone(int i) {
      if (i == 0 || i + 1 >= g.size() || !g.isNoun(i)) {
        return false;
      }
      int after = i + 1;
      if (CLOSING_PUNCTUATION.contains(g.word(after)) && after + 1 < g.size()) {
        after++;
      }
      return QUOTE_MARKS.contains(g.word(i - 1)) && QUOTE_MARKS.contains(g.word(after));
    }

    /**
     * Whether a noun is held ("had talk with", "resumed talk") or names whom it was with;
     * "dismissed the senator's talk" is neither.
     */
    private boolean heldWithSomeone(int noun) {
      int h = g.head(noun);
      if (g.baseRelation(noun).equals("obj")
          && h >= 0
          && g.isVerb(h)
          && HOLDING.contains(g.lemma(h).toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int c : g.children(noun)) {
        String kase = g.caseOf(c);
        if (g.baseRelation(c).equals("nmod") && (kase.equals("with") || kase.equals("between"))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a noun carries its own time expression: "the meeting on May 8". */
    private boolean hasOwnDate(int noun) {
      Span span = g.span(g.phrase(noun));
      for (TimeExpression t : index.timesIn(span)) {
        if (t.value().isPresent()) {
          return true;
        }
      }
      return false;
    }

    /** Whether a wrapping or light trigger above this one will code it. */
    private boolean governedByHit(int i, Map<Integer, Hit> hits) {
      int at = i;
      for (int steps = 0; steps < 4; steps++) {
        int h = g.head(at);
        if (h < 0) {
          return false;
        }
        String r = g.baseRelation(at);
        Hit above = hits.get(h);
        if (above != null) {
          Lexicon.Role role = above.trigger().role();
          if ((role == Lexicon.Role.WRAP || role == Lexicon.Role.LIGHT || role == Lexicon.Role.GATE)
              && (r.equals("xcomp") || r.equals("ccomp") || r.equals("obj") || r.equals("nsubj"))) {
            return true;
          }
          // "called for new sanctions", "asked for aid": what is asked for
          if ((role == Lexicon.Role.WRAP || role == Lexicon.Role.GATE)
              && r.equals("obl")
              && g.caseOf(at).equals("for")
              && above.trigger().type() == EventType.REQUEST) {
            return true;
          }
          if (above.trigger().type() == hits.get(i).trigger().type()
              && (r.equals("obj") || r.equals("nmod") || r.equals("xcomp") || r.equals("obl"))) {
            return true;
          }
        }
        if (!(r.equals("xcomp") || r.equals("ccomp") || r.equals("obj") || r.equals("nmod"))) {
          return false;
        }
        at = h;
      }
      return false;
    }

    private Optional<Event> coded(Hit hit, Map<Integer, Hit> hits, Set<Integer> consumed) {
      int top = hit.token();
      Lexicon.Trigger trigger = hit.trigger();
      EventType type = trigger.type();
      String cameo = trigger.cameo();
      Optional<String> mode = trigger.mode();
      // What the top trigger governs: a noun taken by a light verb, a clause taken by a wrapper.
      List<Integer> inner = new ArrayList<>();
      for (int c : g.subtree(top)) {
        if (c != top && hits.containsKey(c)) {
          String r = g.baseRelation(c);
          boolean askedFor =
              r.equals("obl")
                  && g.head(c) == top
                  && g.caseOf(c).equals("for")
                  && type == EventType.REQUEST
                  && (trigger.role() == Lexicon.Role.WRAP || trigger.role() == Lexicon.Role.GATE);
          if (r.equals("xcomp")
              || r.equals("ccomp")
              || r.equals("obj")
              || r.equals("nsubj")
              || askedFor) {
            inner.add(c);
            consumed.add(c);
          }
        }
      }
      if (trigger.role() == Lexicon.Role.GATE && inner.isEmpty()) {
        return Optional.empty();
      }
      // "declined to discuss the case", "would not talk with journalists": no comment, and neither
      // the talk nor a refusal between sides ("refused to talk to the rebels" is one)
      int refused = g.child(top, "xcomp");
      if (type == EventType.REJECT && refused >= 0 && speechOnly(refused) && !stateSubject(top)) {
        return Optional.empty();
      }
      // "called the minister a crook", "called the ceasefire a sham": naming, neither a call for
      // anything nor what is named
      int named = g.child(top, "xcomp");
      if (g.lemma(top).equals("call")
          && named >= 0
          && !g.isVerb(named)
          && !g.hasChild(named, "mark", "to")
          && !g.hasChild(named, "cop")) {
        return Optional.empty();
      }
      if (g.lemma(top).equals("call") && type == EventType.REQUEST) {
        // "called a general strike", "called a summit to settle it": the strike or
        // the meeting, convened; "called the deal a step forward", "called a donor", "a group
        // called ...": naming and phoning, no demand
        Optional<Lexicon.Trigger> convened =
            inner.stream()
                .filter(
                    c ->
                        g.isNoun(c)
                            && g.head(c) == top
                            && g.baseRelation(c).equals("obj")
                            && !g.lemma(c).equalsIgnoreCase("talk"))
                .map(c -> hits.get(c).trigger())
                .filter(t -> CONVENED.contains(t.type()))
                .findFirst();
        if (convened.isPresent()) {
          type = convened.get().type();
          cameo = convened.get().cameo();
          mode = convened.get().mode();
        } else if (!asksForAnAct(top)) {
          return Optional.empty();
        }
      }
      if (trigger.role() == Lexicon.Role.LIGHT) {
        Optional<Integer> noun = inner.stream().filter(g::isNoun).findFirst();
        if (noun.isPresent()) {
          Lexicon.Trigger t = hits.get(noun.get()).trigger();
          if (t.type() != type || trigger.needs().isEmpty()) {
            type = t.type();
            cameo = t.cameo();
            mode = t.mode();
          }
        } else if (trigger.needs().isEmpty()) {
          return Optional.empty();
        }
      }
      // A trigger used as a noun modifier of a passive "to be held" clause.
      if (trigger.noun() && isHeldPassive(top)) {
        // exercises will be held: the noun is the subject of a light verb, nothing changes
      }
      int anchor = anchorOf(top, trigger);
      // "Senator, will you resign?", "Has Iran signed the treaty?": a question tells nothing
      if (yesNoQuestion(anchor)
          || yesNoQuestion(top)
          || !CONTENTIOUS.contains(type) && (whoAsked(anchor) || whoAsked(top))) {
        return Optional.empty();
      }
      if (hypothetical(anchor) || (anchor != top && g.isVerb(anchor) && !realized(anchor))) {
        return Optional.empty();
      }
      if ((type == EventType.ASSAULT || type == EventType.COERCE) && accidental(anchor)) {
        return Optional.empty();
      }
      if (type == EventType.THREATEN && g.isVerb(top) && situationSubject(top)) {
        // "That threatened to leave farmers without water": a risk, nobody's threat.
        return Optional.empty();
      }
      if (type == EventType.ASSAULT && !trigger.noun() && crowdControl(top)) {
        type = EventType.COERCE;
        cameo = "175";
        mode = Optional.empty();
      }
      if (type == EventType.ASSAULT && verbalAttack(top)) {
        // "attacked the governor's record on taxes", "attacked her rival in tweets"
        type = EventType.ACCUSE;
        cameo = "111";
        mode = Optional.empty();
      }
      boolean negated = negated(anchor) || negated(top);
      if (trigger.noun() && CONTENTIOUS.contains(type) && unhappened(top)) {
        // "police reported no arrests", "charged with resisting arrest": none took place
        return Optional.empty();
      }
      // Sides.
      Sides sides = new Sides();
      // "a Danish frigate foiled a pirate attack": who foils an attack defends against it ("its
      // attacks", with a possessive, are the subject's own).
      boolean frustrated =
          type == EventType.ASSAULT
              && anchor != top
              && g.baseRelation(top).equals("obj")
              && FRUSTRATING.contains(g.lemma(anchor))
              && g.child(top, "nmod:poss") < 0;
      Map<String, Actor> defenders = new LinkedHashMap<>();
      if (frustrated) {
        Sides around = new Sides();
        collectSides(anchor, top, trigger, around);
        // What the verb takes is the attack itself: its sides come from the noun.
        defenders.putAll(around.source);
        sides.places.addAll(around.places);
      } else {
        collectSides(anchor, top, trigger, sides);
      }
      for (int c : inner) {
        collectTargets(c, sides);
      }
      if (type == EventType.RETREAT && g.isVerb(anchor)) {
        // "withdrew its ambassador from Turkey", "pulled out of Syria": whom one leaves
        for (int c : g.children(anchor)) {
          // only a state or a body left, named by the phrase's head ("from the Paris Agreement"
          // leaves no France, "from Avdiivka" no Ukraine)
          boolean body =
              index
                  .entityAt(g.token(c).span())
                  .filter(
                      h ->
                          h.value().type() == EntityType.COUNTRY
                              || h.value().type() == EntityType.ORGANIZATION)
                  .isPresent();
          if (g.baseRelation(c).equals("obl") && LEFT_CASES.contains(g.caseOf(c)) && body) {
            addActors(g.phrase(c), sides.target, true);
          }
        }
      }
      if (trigger.role() == Lexicon.Role.WRAP || trigger.role() == Lexicon.Role.GATE) {
        // "demanded that Japan halt": the one asked is the subject of what is asked.
        for (int c : g.children(top)) {
          String r = g.baseRelation(c);
          if (r.equals("ccomp") || r.equals("xcomp")) {
            int subject = g.child(c, "nsubj", "nsubj:pass");
            if (subject >= 0) {
              addActors(g.phrase(subject), sides.target, false);
            }
          }
        }
      }
      if (trigger.noun()) {
        collectNounSides(top, type, sides);
      }
      if (trigger.noun()
          && sides.size() == 0
          && g.hasChild(top, "det", "these", "this", "the", "such", "those")) {
        // "These exercises will be held from July 30": the exercises named before.
        Optional<Event> before = lastOfType.apply(type);
        if (before.isPresent()) {
          before.get().source().forEach(a -> sides.source.putIfAbsent(a.key(), a));
          before.get().target().forEach(a -> sides.target.putIfAbsent(a.key(), a));
        }
      }
      if (frustrated) {
        if (sides.target.isEmpty()) {
          sides.target.putAll(defenders);
          if (defenders.isEmpty()) {
            groupSubject(anchor).ifPresent(a -> sides.target.put(a.key(), a));
          }
        }
      } else if (sides.source.isEmpty()) {
        Optional<Actor> doer = groupSubject(anchor);
        if (doer.isEmpty() && anchor == top && CONTENTIOUS.contains(type)) {
          // "were arrested by police", not for a noun's verb ("protesters were shot by police")
          doer = groupAgent(anchor);
        }
        doer.ifPresent(a -> sides.source.put(a.key(), a));
      }
      if (sides.target.isEmpty()
          && !sides.source.isEmpty() // a doer, or nobody did it ("an earthquake killed 400 people")
          && DONE_TO_GROUPS.contains(type)
          && g.isVerb(anchor)) {
        groupTarget(anchor).ifPresent(a -> sides.target.put(a.key(), a));
      }
      boolean fromSyntax = !sides.source.isEmpty() || !sides.target.isEmpty();
      if (!fromSyntax && !actedUpon(top, trigger) && !reaction(anchor, top, trigger)) {
        fallbackSides(anchor, top, type, sides);
      }
      if (sides.source.isEmpty() && sides.target.isEmpty() && type == EventType.ASSAULT) {
        // "A car bombing left 12 soldiers dead", "three civilians were killed in an airstrike":
        // nobody is named as the attacker, but those it was done to are a side
        casualties(anchor, top, trigger).ifPresent(a -> sides.target.put(a.key(), a));
      }
      separatePeople(sides);
      sides.target.keySet().removeAll(sides.source.keySet());
      if (sides.source.isEmpty() && sides.target.isEmpty()) {
        return Optional.empty();
      }
      int rally = g.lemma(top).equalsIgnoreCase("rally") ? top : -1;
      for (int c : inner) {
        if (g.isNoun(c) && g.lemma(c).equalsIgnoreCase("rally")) {
          rally = c;
        }
      }
      if (type == EventType.PROTEST
          && rally >= 0
          && !sides.source.isEmpty()
          && onlyPersons(sides)
          && !rallyCause(rally)) {
        // "Senator Ames held a rally in Dayton", "spoke at a rally for Ames": a candidate's
        // campaign, no protest ("a rally against Ames", "a rally to demand his release" are)
        return Optional.empty();
      }
      if (type == EventType.AGREE && playerContract(sides) && !namesACountry()) {
        // "the Falcons offered Reyes a four-year, $60 million contract": a hire
        return Optional.empty();
      }
      if (!CONTENTIOUS.contains(type) && allCompanies(sides) && !namesACountry()) {
        // "Acme Widgets Inc. agreed to buy the land": business between companies, no political act
        // ("agreed to sell jets to Qatar" is one)
        return Optional.empty();
      }
      if (negated
          && type == EventType.SUPPORT
          && sides.target.isEmpty()
          && indefiniteObject(anchor)) {
        // "the union has not endorsed a nominee": nothing done, and nobody refused
        return Optional.empty();
      }
      if (negated
          && (type == EventType.CONSULT || type == EventType.AID)
          && happenedNot(negated(anchor) ? anchor : top)) {
        // "we did not discuss the border", "had never met the envoy", "did not supply a
        // timetable": a meeting or a delivery that did not take place; a refusal is told by its
        // future ("will not meet") or its own verb ("refused to supply")
        return Optional.empty();
      }
      if (negated) {
        if (COOPERATIVE.contains(type) || type == EventType.RETREAT) {
          type = EventType.REJECT;
          cameo = "120";
          mode = Optional.empty();
        }
      } else if (conditional(anchor)) {
        // "will withdraw its force unless ...": a threat, whatever is threatened.
        type = EventType.THREATEN;
        cameo = "130";
      } else if (committed(anchor)) {
        // "will provide aid", "is willing to pull back": a promise; "would blockade": a threat.
        if (PROMISED.contains(type)) {
          cameo = type == EventType.AID ? "033" : type == EventType.SUPPORT ? "031" : "035";
          type = EventType.AGREE;
        } else if (THREATENED.contains(type)) {
          cameo = type == EventType.SANCTION ? "131" : "138";
          type = EventType.THREATEN;
        }
      }
      if (type == EventType.ASSAULT
          && VERBAL_ATTACKS.contains(g.lemma(top))
          && (personal(sides) || onlyPersons(sides) && !violent(top))
          && !armed(top)) {
        // "Senator Moss attacked Governor Lowe": one named person attacking another,
        // with nothing to attack with, attacks in words; so do "Moss's attacks on the plan" and
        // "the attacks on Lowe", unless the sentence tells of violence.
        type = EventType.ACCUSE;
        cameo = "111";
        mode = Optional.empty();
      }
      if (type == EventType.ASSAULT
          && STRUGGLES.contains(g.lemma(top).toLowerCase(Locale.ROOT))
          && onlyPersons(sides)
          && !violent(top)) {
        // "Senator Moss clashed with Governor Lowe over taxes": a quarrel; "Moss fought off a
        // late bid by Lowe", "keeps fighting for each ballot": a race, no act between sides
        if (!g.lemma(top).equalsIgnoreCase("clash")) {
          return Optional.empty();
        }
        type = EventType.ACCUSE;
        cameo = "111";
        mode = Optional.empty();
      }
      if (type == EventType.THREATEN && sides.target.isEmpty()) {
        threatened(anchor, top, sides);
      }
      // Where and when.
      List<Place> places = new ArrayList<>();
      Set<String> countries = new LinkedHashSet<>();
      List<String> hostCountries = new ArrayList<>();
      boolean implicit = false;
      placesOf(
          anchor,
          top,
          places,
          countries,
          hostCountries,
          mode.filter(m -> m.equals("visit")).isPresent());
      if (IMPLICIT_PARTNER.contains(type) && stateCount(sides) == 1 && sides.size() == 1) {
        // "Another contract provides for the supply of Russian vehicles": the other party is the
        // country the article is about.
        Optional<Entity> focus =
            index.salientCountries(5).stream()
                .filter(c -> sides.codes().noneMatch(code -> c.country().equals(Optional.of(code))))
                .findFirst();
        if (focus.isPresent()) {
          actorOf(focus.get()).ifPresent(a -> sides.target.putIfAbsent(a.key(), a));
          implicit = true;
        }
      }
      if (COOPERATIVE.contains(type)) {
        // The country an exercise or a meeting is held in takes part in it.
        for (String host : hostCountries) {
          if (sides.source.values().stream().noneMatch(a -> a.code().equals(Optional.of(host)))) {
            countryActor(host).ifPresent(a -> sides.target.putIfAbsent(a.key(), a));
          }
        }
      }
      if (type == EventType.MOBILIZE) {
        // Forces are moved from where their side is.
        for (Actor a : sides.source.values()) {
          a.entity().flatMap(index::entity).flatMap(Entity::country).ifPresent(countries::add);
        }
      }
      if (countries.isEmpty()) {
        sides.source.values().forEach(a -> a.code().ifPresent(countries::add));
        sides.target.values().forEach(a -> a.code().ifPresent(countries::add));
      }
      Optional<TimeValue> date = dateOf(anchor, top);
      EventStatus status =
          negated && !type.equals(EventType.REJECT) || denied(anchor, top, type)
              ? EventStatus.DENIED
              : null;
      Optional<String> reportedBy = reportedBy(anchor);
      if (status == null) {
        status = statusOf(anchor, top, date, reportedBy);
      }
      Span evidence = evidence(anchor, top);
      EventAttributes attributes =
          Attributes.read(evidence.of(index.text()), equipmentIn(sentence.span()));
      double confidence = 0.5;
      if (fromSyntax) {
        confidence += 0.25;
      }
      if (!sides.source.isEmpty() && !sides.target.isEmpty()) {
        confidence += 0.1;
      }
      if (date.isPresent()) {
        confidence += 0.05;
      }
      if (implicit) {
        confidence -= 0.15;
      }
      return Optional.of(
          new Event(
              "V0",
              type,
              mode,
              cameo,
              List.copyOf(sides.source.values()),
              List.copyOf(sides.target.values()),
              date,
              places.isEmpty() ? Optional.empty() : Optional.of(EventPlace.of(places.get(0))),
              List.copyOf(countries),
              status,
              attributes,
              reportedBy,
              evidence,
              Math.min(0.95, confidence)));
    }

    private boolean isHeldPassive(int noun) {
      return g.relation(noun).equals("nsubj:pass");
    }

    /**
     * Whether a noun names an act of force that did not take place: counted as none ("no arrests"),
     * or what somebody resists, escapes or fears ("resisting arrest", "feared arrest").
     */
    private boolean unhappened(int noun) {
      int h = g.head(noun);
      for (int c : g.children(noun)) {
        if (g.baseRelation(c).equals("amod")
            && UNDERGOING_NOT.contains(g.word(c).toLowerCase(Locale.ROOT))) {
          return true; // "resisting arrest", parsed as a modifier
        }
      }
      return g.hasChild(noun, "det", "no")
          || h >= 0
              && g.baseRelation(noun).equals("obj")
              && UNDERGONE_NOT.contains(g.lemma(h).toLowerCase(Locale.ROOT));
    }

    /** The verb whose clause the trigger stands in: itself, or the verb governing a noun. */
    private int anchorOf(int top, Lexicon.Trigger trigger) {
      if (!trigger.noun()) {
        return top;
      }
      int h = g.head(top);
      String r = g.baseRelation(top);
      if (h >= 0 && g.isVerb(h) && (r.equals("obj") || r.equals("nsubj"))) {
        return h;
      }
      return top;
    }

    /**
     * Whether the trigger's clause, or a clause it depends on, is only possible, required or
     * conditional ("may be preparing to attack", "must sign", "if ... will be forced to").
     */
    private boolean hypothetical(int anchor) {
      int at = anchor;
      for (int steps = 0; at >= 0 && steps < 5; steps++) {
        for (int c : g.children(at)) {
          if (g.relation(c).equals("aux") && HYPOTHETICAL.contains(g.lemma(c))) {
            // "They said they would meet": the future as reported, not a maybe.
            if (!(g.lemma(c).equals("would") && reported(at))) {
              return true;
            }
          }
          if (g.relation(c).equals("mark")
              && (g.lemma(c).equals("if") || g.lemma(c).equals("unless"))) {
            return true;
          }
        }
        // What someone says, and what a relative clause says, stand on their own.
        if (REPORTING.contains(g.lemma(at)) || g.relation(at).equals("acl:relcl")) {
          break;
        }
        if (CLAUSE_LINKS.contains(g.baseRelation(at))) {
          at = g.head(at);
        } else {
          break;
        }
      }
      return false;
    }

    /** Whether the clause is what a reporting verb says: "said that ...". */
    private boolean reported(int clause) {
      int h = g.head(clause);
      return h >= 0
          && (g.baseRelation(clause).equals("ccomp") || g.baseRelation(clause).equals("parataxis"))
          && REPORTING.contains(g.lemma(h));
    }

    /**
     * Who a threat is made to, when nothing else names them: the one whose act its condition names
     * ("threatened to suspend the talks unless Moscow recalled its envoy"), else who or what the
     * threatened act is done to ("threatened to review its relations with Belarus").
     */
    private void threatened(int anchor, int top, Sides sides) {
      Set<Integer> clause = new LinkedHashSet<>(g.subtree(anchor));
      clause.addAll(g.subtree(top));
      for (int c : clause) {
        if (g.baseRelation(c).equals("advcl")
            && (g.hasChild(c, "mark", "unless") || g.hasChild(c, "mark", "if"))) {
          int subject = g.child(c, "nsubj", "nsubj:pass");
          if (subject >= 0) {
            addActors(g.phrase(subject), sides.target, false);
          }
        }
      }
      if (sides.target.isEmpty()) {
        for (int c : g.children(top)) {
          if (g.baseRelation(c).equals("xcomp") && g.isVerb(c)) {
            collectTargets(c, sides);
          }
        }
      }
      separatePeople(sides);
      sides.target.keySet().removeAll(sides.source.keySet());
    }

    /**
     * Whether nature or mishap does what the verb says, not a side: its subject, or the subject of
     * the clause it hangs on, is one ("an earthquake hit the town, killing 612"), or it was done by
     * or in one ("killed by an avalanche", "died ... killed in a car crash").
     */
    private boolean accidental(int verb) {
      int v = verb;
      for (int steps = 0; steps < 3 && v >= 0; steps++) {
        for (int c : g.children(v)) {
          String r = g.baseRelation(c);
          boolean subject = r.equals("nsubj") && !g.relation(c).equals("nsubj:pass");
          boolean agentOrCause =
              r.equals("obl") && (g.caseOf(c).equals("by") || g.caseOf(c).equals("in"));
          if ((subject || agentOrCause) && MISHAPS.contains(g.lemma(c))) {
            return true;
          }
        }
        if (g.child(v, "nsubj", "nsubj:pass") >= 0) {
          return false;
        }
        String r = g.baseRelation(v);
        if (!(r.equals("advcl") || r.equals("conj") || r.equals("xcomp"))) {
          return false;
        }
        v = g.head(v);
      }
      return false;
    }

    /**
     * Whether an attack is made in words: what it is made on is a stance, a record or a quality
     * ("attacked the governor's record on taxes", "attacks on his record"), it says that something
     * is so ("his attack that she is unfit"), or it is made in a tweet, a speech or an interview.
     */
    private boolean verbalAttack(int trigger) {
      if (!VERBAL_ATTACKS.contains(g.lemma(trigger))) {
        return false;
      }
      for (int c : g.children(trigger)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        // "scathing attacks on the senator": words that only speech has
        if (r.equals("amod") && SCATHING.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
          return true;
        }
        // "pressed her attack that Lowe is unfit": what is said
        if ((g.relation(c).equals("acl") || r.equals("ccomp")) && g.hasChild(c, "mark", "that")) {
          return true;
        }
        // "attacked the nominee as unfit": a judgment ("attacked the convoy as it passed" is
        // fire)
        if (g.tag(c).startsWith("JJ")
            && (g.hasChild(c, "case", "as") || g.hasChild(c, "mark", "as"))) {
          return true;
        }
        boolean target =
            r.equals("obj") || (r.equals("nmod") || r.equals("obl")) && VERBAL_CASES.contains(kase);
        if (target && WORDS_ATTACKED.contains(g.lemma(c))) {
          return true;
        }
        if ((r.equals("obl") || r.equals("nmod"))
            && kase.equals("in")
            && SPOKEN.contains(g.lemma(c))) {
          return true;
        }
        // "attack the governor for the greed of her campaign": a blame's reason, when a person is
        // attacked ("attacked the base for its role" is fire)
        if (r.equals("obl")
            && kase.equals("for")
            && personObject(trigger)
            && !index.inTime(g.token(c).span())
            && !TIME_NOUNS.contains(g.lemma(c))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a verb is aimed at people by "at", "on" or "upon": "fired at protesters", "shot at
     * the gunmen", "opened fire on the crowd"; not "shot at a party", "fired on Monday".
     */
    private boolean firedAt(int verb) {
      return aimedAtPeople(verb, "obl");
    }

    /** Whether a word has an "at", "on" or "upon" dependent under relation that people are. */
    private boolean aimedAtPeople(int head, String relation) {
      for (int c : g.children(head)) {
        String kase = g.caseOf(c);
        if (g.baseRelation(c).equals(relation)
            && (kase.equals("at") || kase.equals("on") || kase.equals("upon"))
            && (AIMED_AT.contains(g.lemma(c))
                || isGroup(c) && !INSTITUTIONS.contains(singular(c)))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a verb fires the means of crowd control at people: "fired tear gas at the crowd",
     * "fired rubber bullets at protesters". That disperses; it is no armed attack.
     */
    private boolean crowdControl(int verb) {
      int fired = g.child(verb, "obj");
      if (fired < 0) {
        return false;
      }
      boolean disperses = CROWD_CONTROL.contains(g.lemma(fired));
      if (LESS_LETHAL_ROUNDS.contains(g.lemma(fired))) {
        // "fired rubber bullets", "tear gas shells"; "live bullets" are fire
        for (int c : g.children(fired)) {
          String r = g.baseRelation(c);
          if ((r.equals("amod") || r.equals("compound"))
              && LESS_LETHAL.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
            disperses = true;
          }
        }
      }
      return disperses && (firedAt(verb) || aimedAtPeople(fired, "nmod"));
    }

    /** Whether a noun says what it is for or against: "a rally against the war". */
    private boolean hasCause(int noun) {
      // "joined the rally in Moscow against the war"
      for (int c : aroundNoun(noun)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        if ((r.equals("nmod") || r.equals("obl"))
            && (kase.equals("against") || kase.equals("for"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether "demonstrate" is a protest: not when "it" or "which" demonstrates, nor in "as the
     * figures demonstrate" unless a group, a count or an actor does it, or somewhere, for or
     * against something ("as thousands demonstrated outside the embassy").
     */
    private boolean demonstrators(int verb) {
      int subject = g.child(verb, "nsubj");
      if (subject >= 0 && THINGS_SHOWING.contains(g.lemma(subject).toLowerCase(Locale.ROOT))) {
        return false; // "as it demonstrated", "which demonstrates"
      }
      if (!g.hasChild(verb, "mark", "as")) {
        return true;
      }
      // "as the accounts demonstrate": showing, unless people do it somewhere or against something
      if (subject >= 0
          && (isGroup(subject)
              || COUNT_NOUNS.contains(g.lemma(subject).toLowerCase(Locale.ROOT))
              || index.entityAt(g.token(subject).span()).isPresent())) {
        return true;
      }
      for (int c : g.children(verb)) {
        if (g.baseRelation(c).equals("obl") && DEMONSTRATION_CASES.contains(g.caseOf(c))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether "commit" binds someone to something ("committed itself to the ceasefire", "is
     * committed to reform", "committed to send aid") or puts forces or money in ("committed 2,000
     * troops").
     */
    private boolean committedTo(int verb) {
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        if (g.caseOf(c).equals("to")
            || g.hasChild(c, "mark", "to")
            || r.equals("obj") && COMMITTED.contains(singular(c))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a verb is asked about: its sentence ends in "?" and an auxiliary leads its subject.
     */
    private boolean yesNoQuestion(int verb) {
      if (!g.word(g.size() - 1).equals("?")) {
        return false;
      }

      int aux = g.child(verb, "aux", "aux:pass", "cop");
      for (int c : g.children(verb)) {
        // any subject after the auxiliary: "Senator Olsen, will you resign?" names whom it asks
        // first
        if (aux >= 0 && aux < c && g.baseRelation(c).startsWith("nsubj")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a clause asks who does something: "Who is demanding that Ames resign?" says nobody
     * does ("Hamas, which attacked ...?" tells, and "Who killed the reporter?" tells a killing).
     */
    private boolean whoAsked(int verb) {
      if (!g.word(g.size() - 1).equals("?") || g.relation(verb).equals("acl:relcl")) {
        return false;
      }
      int subject = g.child(verb, "nsubj", "nsubj:pass");
      return subject >= 0 && WHO.contains(g.lemma(subject).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a verb's object is no particular thing: "a candidate" ("will not take in any more
     * migrants" refuses all of them).
     */
    private boolean indefiniteObject(int verb) {
      int object = g.child(verb, "obj");
      return object >= 0
          && g.hasChild(object, "det", "a", "an")
          && index.entityAt(g.token(object).span()).isEmpty();
    }

    /**
     * A noun's dependents and, when a verb governs it, the verb's too: where a clause may say what
     * its event is for or on.
     */
    private List<Integer> aroundNoun(int noun) {
      List<Integer> around = new ArrayList<>(g.children(noun));
      int h = g.head(noun);
      if (h >= 0 && g.isVerb(h)) {
        around.addAll(g.children(h));
      }
      return around;
    }

    /**
     * Whether a rally says what it is for or against, other than a person it is held for: "against
     * the war", "for higher wages", "to demand his release", "calling for new elections".
     */
    private boolean rallyCause(int rally) {
      // What the verb holding a rally takes is the rally's ("held a rally in Tbilisi against the
      // war"); what the verb of a rally's setting takes is not ("at a rally, Ames pushed for
      // cuts").
      boolean held = g.baseRelation(rally).equals("obj");
      for (int c : held ? aroundNoun(rally) : g.children(rally)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        if ((r.equals("nmod") || r.equals("obl"))
            && (kase.equals("against")
                || kase.equals("over")
                || kase.equals("for") && !namesPerson(c))) {
          return true;
        }
        // "a rally calling for elections"; "held a rally to demand his release", but not "at a
        // rally, Ames promised to cut taxes"
        boolean purpose =
            (r.equals("advcl") || r.equals("xcomp")) && g.hasChild(c, "mark", "to") && held;
        if (r.equals("acl") || purpose) {
          return true;
        }
      }
      return false;
    }

    /** Whether a verb's subject names a state: "Iran refused to discuss its missile program". */
    private boolean stateSubject(int verb) {
      int subject = g.child(verb, "nsubj");
      if (subject < 0) {
        return false;
      }
      // The subject's own words, not whom it speaks for: "Mali's junta", but not "a spokesman
      // for Iran's foreign ministry"
      List<Integer> own = new ArrayList<>(List.of(subject));
      for (int c : g.children(subject)) {
        String r = g.relation(c);
        if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")) {
          own.addAll(g.phrase(c));
        }
      }
      Map<String, Actor> actors = new LinkedHashMap<>();
      addActors(own, actors, false);
      return actors.values().stream().anyMatch(a -> a.code().isPresent());
    }

    /**
     * Whether speaking is all a verb does: "discuss the case", "speak to reporters", "answer
     * questions"; not talking with a side ("talk to the rebels") nor about terms ("discuss a
     * ceasefire").
     */
    private boolean speechOnly(int verb) {
      if (!SPEAKING.contains(g.lemma(verb).toLowerCase(Locale.ROOT))) {
        return false;
      }
      // Partners of the verb or of what it takes ("discuss a swap with the United States").
      List<Integer> around = new ArrayList<>(g.children(verb));
      for (int c : g.children(verb)) {
        if (g.baseRelation(c).equals("obj")) {
          around.addAll(g.children(c));
        }
      }
      for (int c : around) {
        String r = g.baseRelation(c);
        String lemma = g.lemma(c).toLowerCase(Locale.ROOT);
        boolean partner =
            (r.equals("obl") || r.equals("nmod"))
                && (g.caseOf(c).equals("with") || g.caseOf(c).equals("to"));
        if (partner
            && !PRESS.contains(lemma)
            && !namedIn(INQUIRIES, g.lemma(c))
            && !index.inTime(g.token(c).span())) {
          return false; // "refused to talk to the rebels", "a swap with the United States"
        }
      }
      // What is not discussed must be an inquiry's matter, or a question ("discuss what
      // prompted it"); "refused to discuss the status of Crimea" refuses something.
      int object = g.child(verb, "obj", "ccomp");
      return object < 0
          || g.baseRelation(object).equals("ccomp")
          || namedIn(INQUIRIES, g.lemma(object));
    }

    /** Whether a visit or a trip is a holiday: "on vacation", "for the holidays". */
    private boolean onHoliday(int trigger) {
      for (int c : g.isNoun(trigger) ? aroundNoun(trigger) : g.children(trigger)) {
        if ((g.baseRelation(c).equals("obl") || g.baseRelation(c).equals("nmod"))
            && (g.caseOf(c).equals("on") || g.caseOf(c).equals("for"))
            && LEISURE.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a noun says what it is against or over: "demonstrations against the government". */
    private boolean ownCause(int noun) {
      return nmod(noun, "against", "over") >= 0;
    }

    /** Whether "fight" is for something and against nobody named or taken as its object. */
    private boolean struggleFor(int verb) {
      boolean forSomething = false;
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        if (r.equals("obj") || r.equals("obl") && (kase.equals("against") || kase.equals("with"))) {
          return false;
        }
        forSomething |=
            r.equals("obl")
                && kase.equals("for")
                && CAUSES.contains(g.lemma(c).toLowerCase(Locale.ROOT));
      }
      return forSomething;
    }

    /** Whether the aid a trigger gives or is, is first aid. */
    private boolean firstAid(int trigger) {
      int aid = g.lemma(trigger).equals("aid") ? trigger : g.child(trigger, "obj");
      return aid >= 0
          && g.lemma(aid).equals("aid")
          && g.hasChild(aid, "amod", "first")
          && g.child(aid, "det") < 0;
    }

    /** Whether a verb leaves a contest ("out of the final") or leaves with an injury. */
    private boolean fromContest(int verb) {
      for (int c : g.children(verb)) {
        String kase = g.caseOf(c);
        String word = singular(c);
        if (g.baseRelation(c).equals("obl")
            && (LEFT_CASES.contains(kase) && CONTESTS.contains(word)
                || INJURY_CASES.contains(kase) && INJURIES.contains(word))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a meeting or a trip is a game ("meeting against Ohio State") or a measure of time
     * ("three trips later").
     */
    private boolean contestOrMeasure(int noun) {
      if (nmod(noun, "against") >= 0) {
        return true;
      }
      int h = g.head(noun);
      return h >= 0
          && g.relation(noun).endsWith("npmod")
          && Set.of("later", "earlier", "ago", "after", "before").contains(g.lemma(h));
    }

    /**
     * Whether what a verb gives goes "to" a person the article names or to a campaign or a
     * political action committee.
     */
    private boolean toPolitics(int verb) {
      for (int c : g.children(verb)) {
        if ((g.baseRelation(c).equals("obl") && g.caseOf(c).equals("to"))
            || g.baseRelation(c).equals("iobj")) {
          if (namesPerson(c) || CAMPAIGNS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a verb's object is a person the article names. */
    private boolean personObject(int verb) {
      int object = g.child(verb, "obj");
      return object >= 0 && namesPerson(object);
    }

    /** Whether a verb says what it is aimed at: "shot back at the gunmen", "fought back rebels". */
    private boolean aimed(int verb) {
      if (g.child(verb, "obj") >= 0) {
        return true;
      }
      for (int c : g.children(verb)) {
        String kase = g.caseOf(c);
        if (g.baseRelation(c).equals("obl")
            && (kase.equals("at") || kase.equals("against") || kase.equals("with"))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a verb's subject is "that" or "this" standing alone: a situation, not an actor. */
    private boolean situationSubject(int verb) {
      int subject = g.child(verb, "nsubj");
      return subject >= 0
          && g.tag(subject).equals("DT")
          && (g.lemma(subject).equalsIgnoreCase("that")
              || g.lemma(subject).equalsIgnoreCase("this"));
    }

    /** Whether both sides are there and every actor on them is a person the article names. */
    private boolean personal(Sides sides) {
      return !sides.source.isEmpty() && !sides.target.isEmpty() && onlyPersons(sides);
    }

    /** Whether there are sides and every actor on them is a person the article names. */
    private boolean onlyPersons(Sides sides) {
      return sides.size() > 0
          && java.util.stream.Stream.concat(
                  sides.source.values().stream(), sides.target.values().stream())
              .allMatch(
                  a ->
                      a.entity()
                          .flatMap(index::entity)
                          .filter(e -> e.type() == EntityType.PERSON)
                          .isPresent());
    }

    /**
     * Whether an attack's sentence tells of violence ("killed", "gunman", "troops"), or the attack
     * is named by where or when it happened: "the Kano attack", "the attacks in Lyon", "the March 3
     * attacks".
     */
    private boolean violent(int attack) {
      for (int i = 0; i < g.size(); i++) {
        if (VIOLENCE.contains(g.lemma(i).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      for (int c : g.children(attack)) {
        String r = g.baseRelation(c);
        boolean place =
            index
                .entityAt(g.token(c).span())
                .filter(
                    h ->
                        h.value().type() == EntityType.LOCATION
                            || h.value().type() == EntityType.COUNTRY)
                .isPresent();
        boolean modifier = r.equals("compound") || r.equals("amod") || r.equals("nummod");
        // "we were attacked in Boston"; but "attacked Senator Lowe in Iowa" is a campaign's place
        boolean in =
            (r.equals("nmod") || r.equals("obl") && !personObject(attack))
                && g.caseOf(c).equals("in");
        if ((modifier || in)
            && (place || index.inTime(g.token(c).span()) || g.tag(c).equals("CD"))) {
          return true;
        }
        if (in && ATTACKED_PLACES.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
          return true; // "an attack in the capital's main square"
        }
        // "attacked outside his home": words are not spoken outside somewhere
        if ((r.equals("obl") || r.equals("nmod")) && g.caseOf(c).equals("outside")) {
          return true;
        }
        // "was attacked by a crowd", "by unknown assailants": no one named attacks in words
        if (r.equals("obl")
            && g.caseOf(c).equals("by")
            && g.child(attack, "nsubj:pass") >= 0
            && !namesPerson(c)) {
          return true;
        }
      }
      // "carried out his attack": deeds are carried out, words are not
      int h = g.head(attack);
      return h >= 0 && g.lemma(h).equals("carry") && g.hasChild(h, "compound:prt", "out");
    }

    /** Whether an attack says what it was made with: "attacked him with a knife". */
    private boolean armed(int trigger) {
      for (int c : g.children(trigger)) {
        String r = g.baseRelation(c);
        if ((r.equals("obl") || r.equals("nmod")) && g.caseOf(c).equals("with")) {
          return true;
        }
      }
      return false;
    }

    /** Whether the clause has a condition of its own: "unless the president steps down". */
    private boolean conditional(int anchor) {
      for (int c : g.children(anchor)) {
        if (g.baseRelation(c).equals("advcl")
            && (g.hasChild(c, "mark", "unless") || g.hasChild(c, "mark", "if"))
            && g.hasChild(anchor, "aux", "will", "would", "shall")) {
          return true;
        }
      }
      return false;
    }

    /** Whether the clause states what its subject will do or is willing to do. */
    private boolean committed(int anchor) {
      if (g.hasChild(anchor, "aux", "will", "would", "shall")) {
        return true;
      }
      int h = g.head(anchor);
      return h >= 0 && g.baseRelation(anchor).equals("xcomp") && WILLING.contains(g.lemma(h));
    }

    /**
     * The subject as a side when it names no entity but a group that acts ("demonstrators in
     * Baghdad", "Palestinian youths"): named by its words, with no state code.
     */
    private Optional<Actor> groupSubject(int anchor) {
      int subject = g.child(anchor, "nsubj");
      if (subject < 0 && g.baseRelation(anchor).equals("xcomp") && g.head(anchor) >= 0) {
        subject = g.child(g.head(anchor), "nsubj");
      }
      // "Two soldiers were attacked", "and three people killed": a passive subject is done to,
      // not doing, also when the auxiliary is left out.
      return subject < 0 || !g.relation(subject).equals("nsubj") || headlinePassive(g.head(subject))
          ? Optional.empty()
          : groupOf(subject);
    }

    /** The unnamed group a passive verb's "by" phrase names: "were killed by militants". */
    private Optional<Actor> groupAgent(int verb) {
      int by = passiveAgent(verb);
      return by < 0 ? Optional.empty() : groupOf(by);
    }

    /** The "by" phrase of a passive verb: "were killed by militants"; -1 when none. */
    private int passiveAgent(int verb) {
      if (!g.isVerb(verb) || !g.tag(verb).equals("VBN")) {
        return -1;
      }
      for (int c : g.children(verb)) {
        if (g.baseRelation(c).equals("obl") && g.caseOf(c).equals("by") && g.isNoun(c)) {
          return c;
        }
      }
      return -1;
    }

    /**
     * The unnamed group a verb is done to: "fired on protesters", "detained dozens of students",
     * "attacked the rebels".
     */
    private Optional<Actor> groupTarget(int verb) {
      if (passiveAgent(verb) >= 0) {
        int subject = g.child(verb, "nsubj:pass");
        if (subject >= 0 && index.entityAt(g.token(subject).span()).isEmpty()) {
          // "Three protesters were arrested by police": those it was done to, and those counted
          // when it killed or wounded them ("six guards were killed by insurgents")
          return harms(verb) ? victimsOf(subject) : groupOf(subject);
        }
      }
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        boolean at =
            r.equals("obl")
                && (kase.equals("at")
                    || kase.equals("on")
                    || kase.equals("upon")
                    || kase.equals("against"));
        if ((r.equals("obj") || at)
            && !INSTITUTIONS.contains(singular(c))
            && index.entityAt(g.token(c).span()).isEmpty()) {
          Optional<Actor> group = groupOf(c);
          if (group.isPresent()) {
            return group;
          }
        }
      }
      return Optional.empty();
    }

    /** The group a group noun and its modifiers name: "Houthi rebels", "the Taliban fighters". */
    private Optional<Actor> groupOf(int subject) {
      return groupOf(subject, false);
    }

    /**
     * The people an armed attack killed or wounded when the sentence names no side: "a bombing left
     * 12 soldiers dead", "a rocket killed three civilians", "two police officers were wounded in
     * the shooting". Only when a weapon or an attack did it ("an earthquake killed 400 people" is
     * no attack) and those it was done to are a group or counted ("dozens of pilgrims").
     */
    private Optional<Actor> casualties(int anchor, int top, Lexicon.Trigger trigger) {
      if (!g.isVerb(anchor) || !harms(anchor)) {
        return Optional.empty();
      }
      boolean armed = trigger.noun() && ARMED.contains(g.lemma(top).toLowerCase(Locale.ROOT));
      List<Integer> causes = new ArrayList<>();
      for (int c : g.children(anchor)) {
        String r = g.baseRelation(c);
        if (r.equals("nsubj") && !g.relation(c).equals("nsubj:pass")
            || r.equals("obl") && (g.caseOf(c).equals("in") || g.caseOf(c).equals("by"))) {
          causes.add(c);
        }
      }
      int clause = g.head(anchor);
      int clauseSubject = clause >= 0 ? g.child(clause, "nsubj") : -1;
      if (g.child(anchor, "nsubj") < 0
          && clauseSubject >= 0
          && (g.baseRelation(anchor).equals("advcl") || g.baseRelation(anchor).equals("dep"))
          && !g.relation(clauseSubject).equals("nsubj:pass")) {
        // "A shell landed in the yard, killing nine": what landed killed
        causes.add(clauseSubject);
      }
      for (int c : causes) {
        if (g.isNoun(c) && (ARMED.contains(g.lemma(c).toLowerCase(Locale.ROOT)) || weaponMade(c))) {
          armed = true;
        }
      }
      if (!armed) {
        return Optional.empty();
      }
      int victims = g.child(anchor, "obj");
      if (victims < 0) {
        victims = g.child(anchor, "nsubj:pass");
      }
      for (int c : g.children(anchor)) {
        String r = g.baseRelation(c);
        if (victims < 0 && (r.equals("xcomp") || r.equals("dep"))) {
          victims = g.child(c, "nsubj"); // "left 12 soldiers dead"
        }
      }
      if (victims < 0
          || !g.isNoun(victims)
          || index.entityAt(g.token(victims).span()).isPresent()) {
        return Optional.empty();
      }
      return victimsOf(victims);
    }

    /**
     * Whether a blast or a fire is a weapon's: "a car bomb explosion", "rocket fire" ("a gas
     * explosion" or "a mine blast" may be a mishap).
     */
    private boolean weaponMade(int noun) {
      for (int c : g.children(noun)) {
        if (g.baseRelation(c).equals("compound")
            && WEAPONS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Those a noun says something was done to: a group ("protesters"), or people counted ("12
     * soldiers", "dozens of pilgrims"), whatever they are.
     */
    private Optional<Actor> victimsOf(int noun) {
      Optional<Actor> group = groupOf(noun);
      if (group.isPresent()) {
        return group;
      }
      String lemma = g.lemma(noun).toLowerCase(Locale.ROOT);
      int of = -1;
      if (COUNT_NOUNS.contains(lemma)) {
        for (int c : g.children(noun)) {
          if (g.baseRelation(c).equals("nmod") && g.caseOf(c).equals("of")) {
            of = c;
          }
        }
      }
      boolean counted = of >= 0 || g.child(noun, "nummod") >= 0;
      for (int c : g.children(noun)) {
        if (g.relation(c).equals("det:qmod")
            && COUNT_NOUNS.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
          counted = true; // "dozens of pilgrims", parsed as one determiner
        }
      }
      int who = of >= 0 ? of : noun;
      if (!counted || !g.tag(who).equals("NNS")) {
        return Optional.empty();
      }
      List<Integer> words = new ArrayList<>();
      for (int i : g.phrase(who)) {
        String r = g.baseRelation(i);
        if (i <= who && (i == who || r.equals("amod") || r.equals("compound"))) {
          words.add(i);
        }
      }
      String name = g.span(words).of(index.text()).strip();
      return name.isEmpty() || name.length() > 80
          ? Optional.empty()
          : Optional.of(new Actor(name, Optional.empty(), Optional.empty()));
    }

    /**
     * Whether a verb's passive subject is what was hurt or hit: "was destroyed in the attack",
     * "were wounded in the clashes" (not "was charged in the bombing", a suspect).
     */
    private boolean hurtSubject(int verb) {
      return g.child(verb, "nsubj:pass") >= 0
          && HURT.contains(g.lemma(verb).toLowerCase(Locale.ROOT));
    }

    /** Whether a verb kills or wounds: "killed", "wounded", "left ... dead". */
    private boolean harms(int verb) {
      String lemma = g.lemma(verb).toLowerCase(Locale.ROOT);
      if (HARMING.contains(lemma)) {
        return true;
      }
      if (!lemma.equals("leave")) {
        return false;
      }
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        int state =
            r.equals("xcomp") || r.equals("dep") ? c : r.equals("obj") ? g.child(c, "amod") : -1;
        if (state >= 0
            && (HARMED.contains(g.word(state).toLowerCase(Locale.ROOT))
                || HARMED.contains(g.lemma(state).toLowerCase(Locale.ROOT)))) {
          return true; // "left 15 civilians dead", parsed either way; "wounded" as a verb
        }
      }
      return false;
    }

    /**
     * The group a noun names; {@code counted} when the words before it counted it ("thousands of
     * people"), which makes a group of plain people.
     */
    private Optional<Actor> groupOf(int subject, boolean counted) {
      if (!g.isNoun(subject)) {
        return Optional.empty();
      }
      if (COUNT_NOUNS.contains(g.lemma(subject).toLowerCase(Locale.ROOT))) {
        // "Thousands of students", "hundreds of thousands of people": the students, the people.
        for (int c : g.children(subject)) {
          if (g.baseRelation(c).equals("nmod") && g.caseOf(c).equals("of")) {
            return groupOf(c, true);
          }
        }
      }
      boolean people =
          g.lemma(subject).equals("person") && (counted || g.child(subject, "nummod") >= 0);
      if (!people && !isGroup(subject)) {
        return Optional.empty();
      }
      Set<Integer> counts = new java.util.HashSet<>();
      for (int c : g.children(subject)) {
        if (g.baseRelation(c).equals("nummod") || g.baseRelation(c).equals("det")) {
          counts.addAll(g.phrase(c)); // "About 200 supporters": the supporters
        }
      }
      List<Integer> words = new ArrayList<>();
      for (int i : g.phrase(subject)) {
        String r = g.baseRelation(i);
        if (i <= subject && !counts.contains(i) && !r.equals("case")) {
          words.add(i);
        }
      }
      int whose = followed(subject);
      if (whose >= 0) {
        words.addAll(g.phrase(whose)); // "supporters of Luis Ortega"
      }
      String name = g.span(words).of(index.text()).strip();
      if (name.isEmpty() || name.length() > 80) {
        return Optional.empty();
      }
      return Optional.of(new Actor(name, Optional.empty(), Optional.empty()));
    }

    /**
     * Whether "call" asks for something: "called for talks", "called on Russia to withdraw",
     * "called to ban the rally", "called that the vote be delayed".
     */
    private boolean asksForAnAct(int call) {
      for (int c : g.children(call)) {
        String r = g.baseRelation(c);
        if (r.equals("obl") && ASKED_THROUGH.contains(g.caseOf(c))
            || r.equals("compound") && ASKED_THROUGH.contains(g.lemma(c))
            || (r.equals("xcomp") || r.equals("ccomp")) && g.isVerb(c)
            || r.equals("advcl")
                && g.isVerb(c)
                && (g.hasChild(c, "mark", "to") || g.hasChild(c, "mark", "for"))) {
          return true; // "called for President Lee to resign", parsed as a purpose
        }
      }
      return false;
    }

    /** Whether a gerund is what one is accused, blamed or praised for: "of killing". */
    private boolean doneFor(int gerund) {
      if (DOING_CASES.contains(g.caseOf(gerund))) {
        return true;
      }
      for (int c : g.children(gerund)) {
        if (g.relation(c).equals("mark") && DOING_CASES.contains(g.lemma(c))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a negated verb tells of the past: "did not meet", "has never met", "never met". */
    private boolean happenedNot(int verb) {
      if (!g.isVerb(verb)) {
        return false;
      }
      if (g.tag(verb).equals("VBD")) {
        return true;
      }
      for (int c : g.children(verb)) {
        if (g.baseRelation(c).equals("aux")
            && (g.lemma(c).equals("have") || g.lemma(c).equals("do") && g.tag(c).equals("VBD"))) {
          return true;
        }
      }
      return false;
    }

    private boolean negated(int i) {
      for (int c : g.children(i)) {
        if (contrastive(c)) {
          continue;
        }
        if (g.relation(c).equals("neg")
            || (g.baseRelation(c).equals("advmod")
                && (g.lemma(c).equals("not") || g.lemma(c).equals("never")))
            || (g.relation(c).equals("det") && g.lemma(c).equals("no"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a "not" denies who does something rather than the act: "will be defended not by the
     * Americans but by Russian soldiers", "not only attacked but also ...".
     */
    private boolean contrastive(int not) {
      int next = not + 1;
      return g.lemma(not).equalsIgnoreCase("not")
          && next < g.size()
          && CONTRASTED.contains(g.lemma(next).toLowerCase(Locale.ROOT));
    }

    /** Source and target of a verb trigger, or of the light verb over a noun trigger. */
    private void collectSides(int anchor, int top, Lexicon.Trigger trigger, Sides sides) {
      int subjectVerb = anchor;
      // "managed to reach", "continued to send": the subject sits on the governing verb.
      for (int steps = 0; steps < 3; steps++) {
        if (g.child(subjectVerb, "nsubj", "nsubj:pass") >= 0) {
          break;
        }
        int h = g.head(subjectVerb);
        String r = g.baseRelation(subjectVerb);
        boolean byDoing =
            r.equals("advcl") && g.isVerb(subjectVerb) && g.tag(subjectVerb).equals("VBG");
        // "stayed home to protest": who acts for a purpose is the one who protests.
        boolean purpose = r.equals("advcl") && g.hasChild(subjectVerb, "mark", "to");
        if (h < 0
            || !(r.equals("xcomp") || r.equals("conj") || r.equals("acl") || byDoing || purpose)) {
          break;
        }
        int charged = g.child(h, "obj");
        if (byDoing && charged >= 0 && doneFor(subjectVerb)) {
          // "accused Israel of killing", "blamed India for bombing", "charged him with
          // shooting": the one accused, blamed or charged is the doer, not the one who says so
          addActors(g.phrase(charged), sides.source, false);
          break;
        }
        if (r.equals("acl")
            && !g.relation(subjectVerb).equals("acl:relcl")
            && g.tag(subjectVerb).equals("VBN")) {
          // "rebels backed by Iran": the ones described are the ones backed.
          List<Integer> described = new ArrayList<>(g.phrase(h));
          described.removeAll(g.phrase(subjectVerb));
          addActors(described, sides.target, false);
          if (sides.target.isEmpty()) {
            groupOf(h).ifPresent(a -> sides.target.put(a.key(), a));
          }
          break;
        }
        if (r.equals("acl")
            && !g.relation(subjectVerb).equals("acl:relcl")
            && MESSAGES.contains(g.lemma(h))
            && g.baseRelation(h).equals("obj")
            && g.isVerb(g.head(h))) {
          // "issued a statement urging ...": who issued it urges.
          subjectVerb = g.head(h);
          continue;
        }
        if (r.equals("acl") && !g.relation(subjectVerb).equals("acl:relcl")) {
          break;
        }
        if (g.relation(subjectVerb).equals("acl:relcl")) {
          addActors(g.phrase(h), sides.source, false);
          break;
        }
        subjectVerb = h;
      }
      boolean receive = trigger.role() == Lexicon.Role.RECEIVE || undergone(anchor, top, trigger);
      // "Tanks were seen moving": the passive subject of the governing verb does the moving.
      boolean inherited = subjectVerb != anchor;
      // "was shot and killed", "Mother shot and killed in gang shooting": the second participle
      // shares the first one's passive subject, and it is done to as well.
      boolean sharedPassive =
          inherited
              && g.baseRelation(anchor).equals("conj")
              && g.head(anchor) == subjectVerb
              && (g.tag(anchor).equals("VBN")
                  || (g.tag(anchor).equals("VBD") && headlinePassive(subjectVerb)));
      boolean headlinePassive =
          sharedPassive ? headlinePassive(subjectVerb) : !inherited && headlinePassive(anchor);
      for (int c : g.children(subjectVerb)) {
        String r = g.relation(c);
        List<Integer> subject = subjectPhrase(sayerOf(c, subjectVerb));
        if (trigger.noun() && c == top && r.equals("nsubj")) {
          // "Senator Hale's shooting by an officer shocked the town", "the attack on Mayor Ruiz
          // left two guards hurt": the noun names its own sides
          continue;
        }
        if (r.equals("nsubj") && headlinePassive) {
          addActors(subject, receive ? sides.source : sides.target, false);
        } else if (r.equals("nsubj") || (inherited && !sharedPassive && r.equals("nsubj:pass"))) {
          addActors(subject, receive ? sides.target : sides.source, false);
        } else if (r.equals("nsubj:pass")) {
          if (!(trigger.noun() && c == top)) {
            addActors(subject, sides.target, false);
          }
        }
      }
      if (!reaction(anchor, top, trigger)) {
        collectTargets(anchor, sides);
      }
      if (receive) {
        for (int c : g.children(anchor)) {
          if (g.baseRelation(c).equals("obl") && g.caseOf(c).equals("from")) {
            addActors(g.phrase(c), sides.source, false);
          }
        }
      }
    }

    /**
     * Whether a noun says what it is of or whom it is for: "arms deliveries", "delivery to Kyiv".
     */
    private boolean saysWhatOrWhom(int noun) {
      for (int c : g.children(noun)) {
        String r = g.baseRelation(c);
        if (r.equals("compound")
            || r.equals("amod")
            || r.equals("nmod") && OF_TO_FOR.contains(g.caseOf(c))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a verb has an "against", "of" or "about" phrase naming no act of its subject's:
     * "warned against hackers", "warned of floods" ("warned of retaliation" threatens it).
     */
    private boolean cautionedAbout(int verb) {
      boolean about = false;
      for (int c : g.children(verb)) {
        String kase = g.caseOf(c);
        if (g.baseRelation(c).equals("obl")
            && (kase.equals("against") || kase.equals("of") || kase.equals("about"))) {
          String lemma = g.lemma(c);
          if (THREATENED_ACTS.contains(lemma) || lexicon.mayTrigger(lemma)) {
            return false;
          }
          about = true;
        }
      }
      return about;
    }

    /**
     * Whether the act is one its teller denies: "Russia denied the attack", "denied shelling the
     * village", "denied that its troops had crossed" (an accusation denied is one made against the
     * one denying; see {@link #undergone}).
     */
    private boolean denied(int anchor, int top, EventType type) {
      if (type == EventType.ACCUSE) {
        return false;
      }
      int h = g.head(top);
      if (h < 0 || !g.lemma(h).equals("deny")) {
        return false;
      }
      String r = g.baseRelation(top);
      return anchor != top
          ? r.equals("obj")
          : r.equals("xcomp") || r.equals("ccomp") || r.equals("obj") || r.equals("advcl");
    }

    /**
     * Whether a noun trigger is what its verb's subject undergoes: "the senator faced accusations
     * from", "the convoy suffered attacks", "Ames denied the allegations" (but "Russia denied the
     * attack" is the one said to have done it, denying).
     */
    private boolean undergone(int anchor, int top, Lexicon.Trigger trigger) {
      if (!trigger.noun() || anchor == top || !g.baseRelation(top).equals("obj")) {
        return false;
      }
      String verb = g.lemma(anchor).toLowerCase(Locale.ROOT);
      return UNDERGOING.contains(verb)
          || trigger.type() == EventType.ACCUSE && REBUTTING.contains(verb);
    }

    /**
     * Whether a noun trigger is what a verb has as subject, the verb telling whom it moved or what
     * it led to: "Ann Mwangi's killing shocked Nairobi", whose object is no side.
     */
    private boolean reaction(int anchor, int top, Lexicon.Trigger trigger) {
      return trigger.noun()
          && anchor != top
          && g.head(top) == anchor
          && g.relation(top).equals("nsubj")
          && REACTIONS.contains(g.lemma(anchor).toLowerCase(Locale.ROOT))
          && namesItsObject(top);
    }

    /**
     * Whether a noun says whom or what it was done to: "the strike on the convoy", "the bombing of
     * the market" ("new sanctions angered Moscow" leave Moscow as the target).
     */
    private boolean namesItsObject(int noun) {
      for (int c : g.children(noun)) {
        String kase = g.caseOf(c);
        if (g.baseRelation(c).equals("nmod")
            && (kase.equals("of") || PARTNER_CASES.contains(kase))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The "of" phrase naming the person whom a group of followers or opponents follows or opposes
     * ("supporters of Luis Ortega", "critics of the president"), or -1.
     */
    private int followed(int noun) {
      if (!FOLLOWERS.contains(g.lemma(noun)) || index.entityAt(g.token(noun).span()).isPresent()) {
        return -1;
      }
      for (int c : g.children(noun)) {
        if (g.baseRelation(c).equals("nmod") && g.caseOf(c).equals("of")) {
          for (int i : g.phrase(c)) {
            Optional<ArticleIndex.Hit<Entity>> hit = index.entityAt(g.token(i).span());
            if (hit.isPresent() && hit.get().value().type() == EntityType.PERSON) {
              return c;
            }
          }
        }
      }
      return -1;
    }

    /**
     * The words of a subject that may name its actors: those of its phrase (which leaves out the
     * clauses that describe it) but those of the person its followers or opponents are named after
     * ("supporters of Ortega"), and for a state or an organisation those of its appositive
     * ("Norway, a close ally of Washington, refused": the ally's friend does not refuse); a person
     * keeps hers: "Shoigu, Russia's defence minister".
     */
    private List<Integer> subjectPhrase(int head) {
      Optional<ArticleIndex.Hit<Entity>> hit = index.entityAt(g.token(head).span());
      boolean body =
          hit.isPresent()
              && (hit.get().value().type() == EntityType.COUNTRY
                  || hit.get().value().type() == EntityType.ORGANIZATION);
      List<Integer> own = new ArrayList<>(g.phrase(head));
      int whose = followed(head);
      if (whose >= 0) {
        // "Supporters of Luis Ortega blocked roads": not Ortega; the group, named below.
        own.removeAll(g.phrase(whose));
      }
      for (int c : g.children(head)) {
        if (body && g.baseRelation(c).equals("appos")) {
          own.removeAll(g.phrase(c));
        }
      }
      return own;
    }

    /**
     * The subject {@code subject} of {@code verb} stands for: the speaker when it is a pronoun in
     * what the speaker says ("Rwanda says it will withdraw", "Putin said he would visit"), else
     * itself.
     */
    private int sayerOf(int subject, int verb) {
      if (!g.tag(subject).equals("PRP") || !SAYER_PRONOUNS.contains(g.lemma(subject))) {
        return subject;
      }
      int h = g.head(verb);
      if (h < 0 || !g.baseRelation(verb).equals("ccomp") || !g.isVerb(h)) {
        return subject;
      }
      int sayer = g.child(h, "nsubj");
      return sayer >= 0 && !g.tag(sayer).equals("PRP") ? sayer : subject;
    }

    /**
     * Whether a verb with a subject is a passive with its auxiliary dropped, as headlines write
     * them: "Mayor Holt arrested on fraud charge", "Two soldiers killed in border clash". A
     * participle with no auxiliary, or a past tense of a verb that always has an object, with no
     * object or clause of its own.
     */
    private boolean headlinePassive(int verb) {
      String tag = g.tag(verb);
      boolean participle = tag.equals("VBN");
      boolean doneTo = tag.equals("VBD") && DONE_TO_IN_HEADLINES.contains(g.lemma(verb));
      return (participle || doneTo)
          && g.child(verb, "nsubj") >= 0
          && g.child(verb, "obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass", "cop") < 0
          && !firedAt(verb); // "Police shot at the gunmen": the police shot
    }

    /** Objects and partner obliques of a verb: who it was done to or with. */
    private void collectTargets(int verb, Sides sides) {
      for (int c : g.children(verb)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        if (r.equals("obj") || r.equals("iobj")) {
          addActors(g.phrase(c), sides.target, false);
        } else if (r.equals("obl") && kase.equals("by")) {
          addActors(agents(c), sides.source, false);
        } else if (r.equals("obl") && g.lemma(c).equals("side") && SIDE_CASES.contains(kase)) {
          // "fighting on the American side against X": one's own side, and X the other
          List<Integer> own = new ArrayList<>(g.phrase(c));
          for (int d : g.children(c)) {
            if (g.baseRelation(d).equals("nmod") && g.caseOf(d).equals("against")) {
              own.removeAll(g.phrase(d));
              addActors(g.phrase(d), sides.target, true);
            }
          }
          addActors(own, sides.source, false);
        } else if (r.equals("obl") && PARTNER_CASES.contains(kase)) {
          addActors(g.phrase(c), sides.target, true);
        } else if ((r.equals("obl") || r.equals("nmod")) && kase.equals("between")) {
          addActors(g.phrase(c), sides.source, false);
        }
      }
    }

    /**
     * The words of a "by" phrase that name who does the act: all of them, or after "not by X but by
     * Y" only Y's.
     */
    private List<Integer> agents(int by) {
      int marker = g.child(by, "case");
      if (marker <= 0 || !g.lemma(marker - 1).equalsIgnoreCase("not")) {
        return g.phrase(by);
      }
      // "but by Y": however the parser hangs it on the phrase, it is the other "by".
      List<Integer> instead = new ArrayList<>();
      for (int c : g.subtree(by)) {
        if (c != by && g.caseOf(c).equals("by")) {
          instead.addAll(g.phrase(c));
        }
      }
      return instead;
    }

    /** What a count names: "concessions" in "a number of concessions"; else the noun itself. */
    private int counted(int noun) {
      int of = nmod(noun, "of");
      return SERIES.contains(g.lemma(noun).toLowerCase(Locale.ROOT)) && of >= 0 ? of : noun;
    }

    /** A noun's first "nmod" child marked by one of {@code cases}, or -1. */
    private int nmod(int noun, String... cases) {
      for (int c : g.children(noun)) {
        if (g.baseRelation(c).equals("nmod") && List.of(cases).contains(g.caseOf(c))) {
          return c;
        }
      }
      return -1;
    }

    /** Whether a noun says by whom it was done: "the shooting by a security guard". */
    private boolean doneBy(int noun) {
      return nmod(noun, "by") >= 0;
    }

    /** Who a noun trigger names as its doers and partners: "Shoigu's visit to Uzbekistan". */
    private void collectNounSides(int noun, EventType type, Sides sides) {
      // "Shoigu said at the negotiations", "spoke at the meeting": who was there took part (but
      // "fired at protesters" is no taking part).
      int h = g.head(noun);
      String setting = g.caseOf(noun);
      if (h >= 0
          && !isGroup(noun)
          && g.isVerb(h)
          && g.baseRelation(noun).equals("obl")
          && (setting.equals("at") || setting.equals("in") || setting.equals("during"))) {
        int subject = g.child(h, "nsubj");
        if (subject >= 0) {
          // "a Turkish convoy was hit in the attack": a passive subject of violence is done to
          // (but "was charged in the bombing" names a suspect)
          boolean doneTo = CONTENTIOUS.contains(type) && hurtSubject(h);
          addActors(g.phrase(subject), doneTo ? sides.target : sides.source, false);
        }
      }
      for (int c : g.children(noun)) {
        String r = g.baseRelation(c);
        String kase = g.caseOf(c);
        if (type == EventType.ASSAULT
            && r.equals("compound")
            && g.tag(c).startsWith("NNP")
            && index.placeAt(g.token(c).span()).isPresent()) {
          // "the Kenya bombing", "the Benghazi attack": where, not by whom
          sides.places.add(c);
          continue;
        }
        if (r.equals("compound")
            && VICTIM_NAMED.contains(g.lemma(noun).toLowerCase(Locale.ROOT))
            && namesPerson(c)) {
          // "the Slepian shooting", "the Kennedy assassination": whom it was done to
          addActors(List.of(c), sides.target, true);
        } else if (g.relation(c).equals("nmod:poss") && DONE_TO_OF.contains(type) && doneBy(noun)) {
          // "Senator Hale's shooting by an officer": the one it was done to
          addActors(List.of(c), sides.target, true);
        } else if (g.relation(c).equals("nmod:poss")
            && (VICTIM_NAMED.contains(g.lemma(noun).toLowerCase(Locale.ROOT))
                || g.lemma(noun).equalsIgnoreCase("arrest"))
            && namesPerson(c)
            && nmod(noun, "of") < 0) {
          // "Kennedy's assassination", "since Ames's arrest": a person's killing or arrest is
          // done to them ("Ames's killing of the guard" is done by Ames)
          addActors(List.of(c), sides.target, true);
        } else if (g.relation(c).equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
          addActors(List.of(c), sides.source, false);
          for (int cc : g.children(c)) {
            if (g.baseRelation(cc).equals("conj") || g.baseRelation(cc).equals("compound")) {
              addActors(List.of(cc), sides.source, false);
            }
          }
        } else if (r.equals("nmod") && kase.equals("of") && DONE_TO_OF.contains(type)) {
          // "the invasion of Eritrea", "the arrest of opposition leaders": what is done to.
          addActors(g.phrase(c), sides.target, true);
        } else if (r.equals("nmod") && kase.equals("of") && isThing(c)) {
          // "a suspension of flights with Georgia": the partner of the thing is the target.
          List<Integer> rest = new ArrayList<>(g.phrase(c));
          for (int cc : g.children(c)) {
            if (g.baseRelation(cc).equals("nmod") && PARTNER_CASES.contains(g.caseOf(cc))) {
              addActors(g.phrase(cc), sides.target, true);
              rest.removeAll(g.phrase(cc));
            }
          }
          addActors(rest, sides.source, false);
        } else if (r.equals("nmod") && (kase.equals("of") || kase.equals("by"))) {
          addActors(g.phrase(c), sides.source, false);
        } else if (r.equals("nmod") && kase.equals("between")) {
          addActors(g.phrase(c), sides.source, false);
        } else if (r.equals("nmod") && kase.equals("from") && type != EventType.RETREAT) {
          // "attacks from his rivals", "help from the Gulf states" ("withdrawal from Syria"
          // names what is left)
          addActors(g.phrase(c), sides.source, false);
        } else if (r.equals("nmod") && PARTNER_CASES.contains(kase)) {
          addActors(g.phrase(c), sides.target, true);
        }
      }
    }

    /**
     * Whether a trigger names the people who act ("protesters") and something else is done to them:
     * "police fired on protesters", "tear gas at demonstrators". The clause's other actors are then
     * the ones acting on them, not the protest's sides.
     */
    private boolean actedUpon(int top, Lexicon.Trigger trigger) {
      if (!trigger.noun() || !isGroup(top)) {
        return false;
      }
      int noun = top;
      int h = g.head(noun);
      while (h >= 0
          && g.baseRelation(noun).equals("nmod")
          && g.caseOf(noun).equals("of")
          && COUNT_NOUNS.contains(g.lemma(h).toLowerCase(Locale.ROOT))) {
        noun = h; // "arrested tens of thousands of protesters": what is done to the tens
        h = g.head(noun);
      }
      String r = g.baseRelation(noun);
      String kase = g.caseOf(noun);
      boolean aimedAt =
          r.equals("nmod") && (kase.equals("at") || kase.equals("on") || kase.equals("upon"));
      return aimedAt
          || (r.equals("obj") || r.equals("obl") || r.equals("nsubj:pass") || r.equals("iobj"))
              && h >= 0
              && g.isVerb(h);
    }

    /**
     * Whether a noun is one of {@link #GROUP_NOUNS}. The lemmatiser keeps some plurals ("troops")
     * and capitals at the start of a sentence ("Police").
     */
    private boolean isGroup(int noun) {
      return GROUP_NOUNS.contains(singular(noun));
    }

    /** A noun's lemma, lower case, with a plural "s" the lemmatiser left ("troops") taken off. */
    private String singular(int noun) {
      return EventCoder.singular(g.lemma(noun).toLowerCase(Locale.ROOT));
    }

    /** Whether a token is part of a person the article names. */
    private boolean namesPerson(int token) {
      return index
          .entityAt(g.token(token).span())
          .filter(h -> h.value().type() == EntityType.PERSON)
          .isPresent();
    }

    /** Whether a noun names a thing, not an actor: a common noun that no entity covers. */
    private boolean isThing(int noun) {
      String tag = g.tag(noun);
      return (tag.equals("NN") || tag.equals("NNS"))
          && index.entityAt(g.token(noun).span()).isEmpty();
    }

    /**
     * Whether every actor on both sides is a company: "Acme Widgets Inc.", "Zenith Holdings N.V.".
     */
    private boolean allCompanies(Sides sides) {
      return java.util.stream.Stream.concat(
              sides.source.values().stream(), sides.target.values().stream())
          .allMatch(
              a ->
                  a.code().isEmpty()
                      && a.entity()
                          .flatMap(index::entity)
                          .filter(e -> e.type() == EntityType.ORGANIZATION)
                          .filter(e -> COMPANY.matcher(e.name()).find())
                          .isPresent());
    }

    /**
     * Whether an agreement is between a person and companies or clubs, with no state among them,
     * for money: a contract of employment.
     */
    private boolean playerContract(Sides sides) {
      List<Actor> all = new ArrayList<>(sides.source.values());
      all.addAll(sides.target.values());
      boolean person = false;
      boolean company = false;
      for (Actor a : all) {
        Optional<Entity> e = a.entity().flatMap(index::entity);
        if (a.code().isPresent() || e.isEmpty() || e.get().country().isPresent()) {
          return false;
        }
        if (e.get().type() == EntityType.PERSON) {
          person = true;
        } else if (e.get().type() == EntityType.ORGANIZATION) {
          company = true;
        }
        if (e.get().type() != EntityType.PERSON && e.get().type() != EntityType.ORGANIZATION
            || PUBLIC_BODY.matcher(e.get().name()).find()) {
          return false; // "the Ohio Department of Labor promised Evans $2 million" is public money
        }
      }
      if (!person || !company) {
        return false;
      }
      for (int i = 0; i < g.size(); i++) {
        String w = g.word(i);
        if (w.startsWith("$") || w.startsWith("€") || w.startsWith("£")) {
          return true;
        }
      }
      return false;
    }

    /** Whether the sentence names a country. */
    private boolean namesACountry() {
      return index.article().annotations().entities().stream()
          .anyMatch(e -> e.type() == EntityType.COUNTRY && namedInSentence(e));
    }

    /**
     * Two people of one country on either side ("Senator Ames demanded that the president resign")
     * are two sides, not their state twice: both keep their names and lose the shared code, which
     * would otherwise make the one the other and drop the target.
     */
    private void separatePeople(Sides sides) {
      for (String k : List.copyOf(sides.source.keySet())) {
        Actor s = sides.source.get(k);
        Actor t = sides.target.get(k);
        if (t == null
            || s.code().isEmpty()
            || s.entity().equals(t.entity())
            || !(isPerson(s) && isPerson(t))) {
          continue;
        }
        sides.source.remove(k);
        sides.target.remove(k);
        Actor doer = new Actor(s.name(), Optional.empty(), s.entity());
        Actor done = new Actor(t.name(), Optional.empty(), t.entity());
        sides.source.put(doer.key(), doer);
        sides.target.put(done.key(), done);
      }
    }

    private boolean isPerson(Actor a) {
      return a.entity()
          .flatMap(index::entity)
          .filter(e -> e.type() == EntityType.PERSON)
          .isPresent();
    }

    /** When the tree gives no sides: the nearest actors in the clause, before and after. */
    private void fallbackSides(int anchor, int top, EventType type, Sides sides) {
      int clause = g.clauseHead(anchor);
      // "Congress passed the act after the September attacks": a happening the clause dates
      // itself by, or acts upon, has only the sides its own phrase names.
      List<Integer> scope = g.phrase(referredTo(top) ? top : clause >= 0 ? clause : anchor);
      // "A Turkish convoy was hit in the attack": what a passive clause's subject names was done
      // to, though it comes first.
      int passive = clause >= 0 && hurtSubject(clause) ? g.child(clause, "nsubj:pass") : -1;
      Set<Integer> doneTo = new java.util.HashSet<>();
      if (passive >= 0 && !g.phrase(passive).contains(top)) {
        doneTo.addAll(g.phrase(passive));
      }
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      for (int i : scope) {
        if (!sides.places.contains(i)) {
          (i < top && !doneTo.contains(i) ? before : after).add(i);
        }
      }
      Map<String, Actor> left = new LinkedHashMap<>();
      addActors(before, left, false);
      Map<String, Actor> right = new LinkedHashMap<>();
      addActors(after, right, true);
      if (CONTENTIOUS.contains(type)) {
        // "Senator Ames spoke of the attacks": a person near an attack or a protest that the
        // tree does not tie to it is a speaker or a bystander, not a side; but the person named
        // after an arrest is mostly the one arrested ("arrested a man, identified as").
        left.values().removeIf(this::isPerson);
        if (type != EventType.COERCE) {
          right.values().removeIf(this::isPerson);
        }
      }
      left.values().stream().reduce((a, b) -> b).ifPresent(a -> sides.source.put(a.key(), a));
      right.values().stream().findFirst().ifPresent(a -> sides.target.put(a.key(), a));
    }

    /**
     * Whether a noun names a happening its clause only refers to, as a time or a cause: "after the
     * attacks", "in the aftermath of the bombings", "in retaliation for the raid".
     */
    private boolean referredTo(int noun) {
      if (!g.isNoun(noun)) {
        return false;
      }
      int at = noun;
      int h = g.head(at);
      if (h >= 0 && OF_TO_FOR.contains(g.caseOf(at)) && REFERRING_HEADS.contains(g.lemma(h))) {
        at = h;
      }
      String kase = g.caseOf(at);
      int verb = g.head(at);
      return g.baseRelation(at).equals("obl")
          && (TEMPORAL_CASES.contains(kase)
              || kase.equals("because")
              || at != noun && kase.equals("in")
              // "responded to the raid", "retaliated for the attack"
              || (kase.equals("to") || kase.equals("for"))
                  && verb >= 0
                  && REACTING.contains(g.lemma(verb)));
    }

    /**
     * Adds the actors named among {@code indices}. Places count as actors only when they stand
     * where an actor would ("Tashkent agreed"), not as where something happened.
     */
    private void addActors(List<Integer> indices, Map<String, Actor> into, boolean partner) {
      Set<String> seen = new java.util.HashSet<>();
      Set<Integer> within = new java.util.HashSet<>(indices);
      for (int i : indices) {
        if (i < dateline) {
          continue;
        }
        Token token = g.token(i);
        Optional<ArticleIndex.Hit<Entity>> hit = index.entityAt(token.span());
        if (hit.isPresent()) {
          Entity e = hit.get().value();
          if (seen.add(e.id())) {
            if (isInPlacePhrase(i, within)) {
              continue;
            }
            actorOf(e).ifPresent(a -> into.putIfAbsent(a.key(), a));
          }
          continue;
        }
        anaphor(i).forEach(a -> into.putIfAbsent(a.key(), a));
      }
    }

    /**
     * Where the sentence's dateline ends, the index of its dash, or -1: "NAIROBI, Kenya — Kenya
     * agreed". The parser makes the capital a subject or hangs it on one, but it is where the story
     * was filed. A dateline opens with a place in capitals (not an organisation's abbreviation) and
     * ends with a dash a few words on.
     */
    private int datelineEnd() {
      String first = g.size() > 0 ? g.word(0) : "";
      if (first.length() < 3
          || !DATELINE_PLACE.matcher(first).matches()
          || index
              .entityAt(g.token(0).span())
              .filter(h -> h.value().type() != EntityType.LOCATION)
              .isPresent()) {
        return -1; // "NATO — the alliance — agreed": no place
      }
      for (int i = 1; i < Math.min(g.size(), 12); i++) {
        if (DASHES.contains(g.word(i))) {
          return i;
        }
      }
      return -1;
    }

    /** Whether the token sits in a "in X" / "at X" phrase: a place, not a side. */
    private boolean isInPlacePhrase(int i) {
      return isInPlacePhrase(i, null);
    }

    /**
     * Whether the token sits in a "in X" / "at X" phrase, looking no higher than the tokens of
     * {@code within} (the argument it was found in), when given.
     */
    private boolean isInPlacePhrase(int i, @Nullable Set<Integer> within) {
      for (int at = i, steps = 0; at >= 0 && steps < 3; at = g.head(at), steps++) {
        if (within != null && !within.contains(at)) {
          return false;
        }
        String kase = g.caseOf(at);
        if (kase.equals("in") || kase.equals("at") || kase.equals("near") || kase.equals("off")) {
          // "Opposition parties in Togo": where a group is from says who it is.
          int h = g.head(at);
          boolean ofGroup =
              g.baseRelation(at).equals("nmod")
                  && h >= 0
                  && g.isNoun(h)
                  && isGroup(h)
                  && (within == null || within.contains(h));
          return !ofGroup;
        }
      }
      return false;
    }

    /** "we" in a quote, "the two countries", "the republic": the actors they refer to. */
    private List<Actor> anaphor(int i) {
      String lemma = g.lemma(i);
      int offset = g.token(i).span().start();
      if (lemma.equals("we") || lemma.equals("our")) {
        return index
            .quoteAround(offset)
            .flatMap(q -> q.speaker())
            .flatMap(index::entity)
            .flatMap(this::actorOf)
            .map(List::of)
            .orElse(List.of());
      }
      if ((lemma.equals("country") || lemma.equals("side") || lemma.equals("state"))
          && g.tag(i).equals("NNS")
          && (g.hasChild(i, "nummod", "two") || g.hasChild(i, "det", "both"))) {
        List<Actor> out = new ArrayList<>();
        for (Entity e : index.salientCountries(2)) {
          actorOf(e).ifPresent(out::add);
        }
        return out.size() == 2 ? out : List.of();
      }
      if ((lemma.equals("republic") || lemma.equals("country"))
          && g.tag(i).equals("NN")
          && g.hasChild(i, "det", "the")
          && g.child(i, "amod", "compound", "nmod") < 0) {
        return index.salientCountries(5).stream()
            .filter(c -> !namedInSentence(c))
            .limit(1)
            .map(this::actorOf)
            .flatMap(Optional::stream)
            .toList();
      }
      return List.of();
    }

    private Optional<Actor> actorOf(Entity e) {
      Optional<String> entity = Optional.of(e.id());
      return switch (e.type()) {
        case COUNTRY -> Optional.of(new Actor(e.name(), e.country(), entity));
        case PERSON ->
            e.roles().contains("author")
                ? Optional.empty()
                : Optional.of(new Actor(e.name(), e.country(), entity));
        case ORGANIZATION, MILITARY_UNIT ->
            Optional.of(
                new Actor(e.name(), isStateBody(e) ? e.country() : Optional.empty(), entity));
        case LOCATION, FACILITY ->
            e.country().map(code -> new Actor(e.name(), Optional.of(code), entity));
        // A people ("the Palestinians", "Nigerians") acts as a group of its country, not as the
        // state: named, without a code. Other names of a country ("Irish Garden") do not act.
        case OTHER ->
            e.country()
                .filter(code -> isPeople(e.name()))
                .map(code -> new Actor(e.name(), Optional.empty(), entity));
        case EQUIPMENT -> Optional.empty();
      };
    }

    /** Whether a name has the shape of a people: "Palestinians", "Bosnian Serbs", "Iraqi Kurds". */
    private static boolean isPeople(String name) {
      String[] words = name.split("\\s+");
      return words.length <= 2 && name.endsWith("s") && !name.endsWith("ss");
    }

    private boolean isStateBody(Entity e) {
      if (e.type() == EntityType.MILITARY_UNIT) {
        return true;
      }
      String name = e.name().toLowerCase(Locale.ROOT);
      return Pattern.compile(
              "\\b(ministry|government|army|armed forces|forces|parliament|police|president|"
                  + "kremlin|pentagon|department|office|council|cabinet|navy|air force|guard|"
                  + "military|security service|embassy|foreign|defen[cs]e)\\b")
          .matcher(name)
          .find();
    }

    private boolean namedInSentence(Entity e) {
      Span s = sentence.span();
      return e.mentions().stream().anyMatch(m -> m.start() >= s.start() && m.end() <= s.end());
    }

    private Optional<Actor> countryActor(String code) {
      for (Entity e : index.article().annotations().entities()) {
        if (e.type() == EntityType.COUNTRY && e.country().equals(Optional.of(code))) {
          return actorOf(e);
        }
      }
      return Optional.empty();
    }

    private void placesOf(
        int anchor,
        int top,
        List<Place> places,
        Set<String> countries,
        List<String> hosts,
        boolean visited) {
      List<Integer> scope = new ArrayList<>(g.phrase(anchor));
      if (top != anchor) {
        scope.addAll(g.phrase(top));
      }
      for (int i : scope) {
        // "visited Baghdad": what a visit takes as object is where it happened.
        boolean visitedPlace = visited && g.head(i) == anchor && g.baseRelation(i).equals("obj");
        if (!placeLike(i) && !visitedPlace || whoNotWhere(i)) {
          continue;
        }
        Optional<ArticleIndex.Hit<Entity>> e = index.entityAt(g.token(i).span());
        if (e.isPresent() && e.get().value().type() == EntityType.COUNTRY) {
          e.get().value().country().ifPresent(countries::add);
          if (isInPlacePhrase(i)) {
            e.get().value().country().filter(c -> !hosts.contains(c)).ifPresent(hosts::add);
          }
        }
        Optional<ArticleIndex.Hit<Place>> hit = index.placeAt(g.token(i).span());
        if (hit.isPresent() && !places.contains(hit.get().value())) {
          places.add(hit.get().value());
          hit.get().value().country().ifPresent(countries::add);
        }
      }
    }

    /**
     * Whether the token is a country's adjective that says who rather than where: "clashes with
     * Yemeni smugglers" at sea did not happen in Yemen; "on Somali soil" did.
     */
    private boolean whoNotWhere(int i) {
      int h = g.head(i);
      return g.baseRelation(i).equals("amod")
          && h >= 0
          && g.isNoun(h)
          && !LAND_NOUNS.contains(g.lemma(h).toLowerCase(Locale.ROOT));
    }

    /** Whether the token sits where a place of the event would: under "in", "at", "on", "to". */
    private boolean placeLike(int i) {
      for (int at = i, steps = 0; at >= 0 && steps < 4; at = g.head(at), steps++) {
        String kase = g.caseOf(at);
        if (PLACE_CASES.contains(kase) || kase.equals("to") || kase.equals("towards")) {
          return true;
        }
        String r = g.baseRelation(at);
        if (r.equals("obj") || r.equals("nsubj")) {
          return false;
        }
      }
      return false;
    }

    private Optional<TimeValue> dateOf(int anchor, int top) {
      List<TimeExpression> times = index.timesIn(sentence.span());
      TimeExpression best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (TimeExpression t : times) {
        if (t.value().isEmpty()) {
          continue;
        }
        int token = g.tokenAt(t.span().start());
        if (token < 0) {
          continue;
        }
        // Attached to the clause first, then the most precise (a day before a program's years),
        // then the nearest.
        TimeValue value = t.value().get();
        long days = value.last().toEpochDay() - value.first().toEpochDay();
        int distance = Math.abs(token - top) + (int) Math.min(days, 400) * 2;
        if (attachedTo(anchor, token) || attachedTo(top, token)) {
          distance -= 10_000;
        } else if (g.dominates(anchor, token) || g.dominates(top, token)) {
          distance -= 5_000;
        }
        if (distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
      if (best != null) {
        return best.value();
      }
      // "During this period": the date the article gave last, wherever it was.
      if (ANAPHORIC_TIME.matcher(sentence.span().of(index.text())).find()) {
        Optional<TimeValue> last =
            index.lastTimeBetween(0, sentence.span().start()).flatMap(TimeExpression::value);
        if (last.isPresent()) {
          return last;
        }
      }
      // Narration: an undated past event takes the date the paragraph has just given.
      String tag = g.tag(anchor);
      if (tag.equals("VBD") || tag.equals("VBN") || g.isNoun(anchor)) {
        int from = index.paragraphStart(sentence.span().start());
        return index
            .lastTimeBetween(from, sentence.span().start())
            .flatMap(TimeExpression::value)
            .filter(v -> !(v instanceof TimeValue.YearValue));
      }
      return Optional.empty();
    }

    /**
     * Whether a time token modifies {@code head} itself, not a thing inside its subject or object
     * ("signed on April 28", not "a program for 2021-2025").
     */
    private boolean attachedTo(int head, int token) {
      for (int at = token; at >= 0; at = g.head(at)) {
        if (g.head(at) == head) {
          String r = g.baseRelation(at);
          return !(r.equals("obj") || r.equals("nsubj") || r.equals("iobj"));
        }
        String r = g.baseRelation(at);
        if (r.equals("obj") || r.equals("nsubj")) {
          return false;
        }
      }
      return false;
    }

    private EventStatus statusOf(
        int anchor, int top, Optional<TimeValue> date, Optional<String> reportedBy) {
      Optional<LocalDate> published =
          index.article().metadata().published().map(PublicationDate::day);
      if (date.isPresent() && published.isPresent()) {
        if (date.get().last().isBefore(published.get().minusYears(2))) {
          return EventStatus.HISTORICAL;
        }
        if (date.get().first().isAfter(published.get())) {
          return EventStatus.PLANNED;
        }
      }
      if (future(anchor) || future(top)) {
        return EventStatus.PLANNED;
      }
      int h = g.head(anchor);
      if (h >= 0 && doneFor(anchor) && ALLEGING.contains(g.lemma(h).toLowerCase(Locale.ROOT))) {
        // "accused Israel of killing": what one is accused of is claimed, not established
        return EventStatus.CLAIMED;
      }
      String clause = g.span(g.subtree(anchor)).of(index.text()).toLowerCase(Locale.ROOT);
      for (String w : RECURRING_WORDS) {
        if (clause.contains(w)) {
          return EventStatus.RECURRING;
        }
      }
      if (HEDGES.matcher(sentence.span().of(index.text())).find()) {
        return EventStatus.CLAIMED;
      }
      return EventStatus.REPORTED;
    }

    private boolean future(int i) {
      for (int c : g.children(i)) {
        if (g.relation(c).equals("aux")
            && (g.lemma(c).equals("will") || g.lemma(c).equals("shall"))) {
          return true;
        }
      }
      int h = g.head(i);
      if (h >= 0 && g.baseRelation(i).equals("xcomp") && FUTURE_GOVERNORS.contains(g.lemma(h))) {
        return true;
      }
      return h >= 0
          && g.relation(i).equals("xcomp")
          && g.hasChild(i, "aux:pass", "be")
          && g.hasChild(i, "mark", "to");
    }

    private Optional<String> reportedBy(int anchor) {
      java.util.regex.Matcher m = ACCORDING_TO.matcher(sentence.span().of(index.text()));
      if (m.find()) {
        return Optional.of(m.group(1).replaceFirst("^the ", "").strip());
      }
      for (int at = anchor, steps = 0; at >= 0 && steps < 4; at = g.head(at), steps++) {
        int h = g.head(at);
        String r = g.baseRelation(at);
        if (h >= 0
            && (r.equals("ccomp") || r.equals("parataxis"))
            && REPORTING.contains(g.lemma(h))) {
          return speakerOf(h);
        }
      }
      for (int c : g.children(anchor)) {
        if (g.baseRelation(c).equals("parataxis") && REPORTING.contains(g.lemma(c))) {
          return speakerOf(c);
        }
      }
      return Optional.empty();
    }

    private Optional<String> speakerOf(int verb) {
      int subject = g.child(verb, "nsubj");
      if (subject < 0) {
        return Optional.empty();
      }
      for (int i : g.phrase(subject)) {
        Optional<ArticleIndex.Hit<Entity>> e = index.entityAt(g.token(i).span());
        if (e.isPresent()) {
          return Optional.of(e.get().value().name());
        }
      }
      if (g.tag(subject).startsWith("PRP")) {
        return Optional.empty();
      }
      String text = g.span(g.phrase(subject)).of(index.text()).strip();
      return text.length() <= 80 ? Optional.of(text) : Optional.empty();
    }

    private Span evidence(int anchor, int top) {
      List<Integer> tokens = new ArrayList<>(g.subtree(anchor));
      if (!tokens.contains(top)) {
        tokens.addAll(g.subtree(top));
      }
      Span clause = g.span(tokens);
      if (tokens.size() < 4 || clause.length() > 500) {
        return sentence.span();
      }
      return clause;
    }

    private List<String> equipmentIn(Span span) {
      List<String> names = new ArrayList<>();
      for (Entity e : index.article().annotations().entities()) {
        if (e.type() == EntityType.EQUIPMENT) {
          for (Span m : e.mentions()) {
            if (m.start() >= span.start() && m.end() <= span.end() && !names.contains(e.name())) {
              names.add(e.name());
            }
          }
        }
      }
      return names;
    }
  }

  private static int stateCount(Sides sides) {
    return (int) sides.codes().distinct().count();
  }

  private static final class Sides {
    final Map<String, Actor> source = new LinkedHashMap<>();
    final Map<String, Actor> target = new LinkedHashMap<>();

    /** Tokens that name where the event happened and so name no side. */
    final Set<Integer> places = new java.util.HashSet<>();

    int size() {
      return source.size() + target.size();
    }

    java.util.stream.Stream<String> codes() {
      return java.util.stream.Stream.concat(source.values().stream(), target.values().stream())
          .map(Actor::code)
          .flatMap(Optional::stream);
    }
  }
}
