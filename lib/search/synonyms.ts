/**
 * The small, hand-kept part of search: what entry aliases (frontmatter) do not already cover.
 * Keys are lower-case words as `phraseKey` produces them (stemmed plurals, punctuation as spaces).
 *
 * - British spellings ending in -ise/-iser/-isation need nothing here: `root()` maps them to the same
 *   root as the American forms. SPELLING lists the other British/variant forms.
 * - SYNONYMS rewrites a word or phrase of a query into the words the content uses.
 * - PINS sends a whole query to one entry, ahead of alias matches, where an alias is shared or taken by
 *   a broader page (the glossary has "Fully connected" as a term; readers want the Linear layer).
 *
 * Keep it short and justified: every line is a judgement that the content could not express.
 */

/** Variant spelling → the spelling used by the content. */
export const SPELLING: Readonly<Record<string, string>> = {
  colour: "color",
  behaviour: "behavior",
  behavioural: "behavioral",
  modelling: "modeling",
  modelled: "modeled",
  labelled: "labeled",
  labelling: "labeling",
  centre: "center",
  neighbour: "neighbor",
  neighbourhood: "neighborhood",
  grey: "gray",
  analyse: "analyze",
  catalogue: "catalog",
  travelling: "traveling",
  signalling: "signaling",
  artefact: "artifact",
};

/** Word or phrase → replacement words (the vocabulary of the entries). Replaces, does not add. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  fc: "fully connected",
  ffn: "feedforward",
  "feed forward": "feedforward",
  "a trous": "atrous",
  deconv: "deconvolution",
  sdpa: "scaled dot product attention",
  // Problem vocabulary: what people type when something breaks → the words the entries use.
  oom: "oom out of memory",
  vram: "vram gpu memory",
  "nan loss": "nan loss numerical instability",
  infs: "inf overflow",
  "fp16 overflow": "fp16 overflow mixed precision",
  "left and right": "bidirectional left right",
  "both directions": "bidirectional",
  "past and future": "bidirectional past future",
  overconfident: "overconfident calibration",
  overfit: "overfitting",
  overfits: "overfitting",
  underfit: "underfitting",
  // Shorthand practitioners type for the words the entries spell out.
  eval: "evaluation",
  lr: "lr learning rate",
  // "Several labels per example" is the multi-label setting.
  "several labels": "multi label",
  "multiple labels": "multi label",
  "several tags": "multi label",
  "multiple tags": "multi label",
  tag: "tag label",
  tags: "tags labels",
  params: "params parameters",
  hparams: "hyperparameters",
  stats: "stats statistics",
  bs: "batch size",
  "seq len": "sequence length",
  ctx: "context",
  attn: "attention",
  optim: "optimizer",
  acc: "accuracy",
  val: "validation",
  grads: "gradients",
  init: "init initialization",
  ckpt: "checkpoint",
  timeseries: "time series",
  pointcloud: "point cloud",
};

/** Whole query → entry slug, ranked right after an exact title match. */
export const PINS: Readonly<Record<string, string>> = {
  // The glossary lists "Fully connected" and "Dense" as terms; the layer itself is the Linear entry.
  "fully connected": "linear-layer",
  "fully connected layer": "linear-layer",
  dense: "linear-layer",
  // AdamW's paper is "Decoupled Weight Decay Regularization"; weight-decay shares the alias.
  "decoupled weight decay": "adamw",
};

/**
 * Quantities in a question ("1024 tokens", "at 8k context", "a 200M-node graph", "7b"): sizes, not topics.
 * Dropped like filler from a query that has other words; short numbers ("gpt 2", "50") are kept.
 */
export const QUANTITY = /^(?:\d{3,}|\d+(?:\.\d+)?[kmb])$/;

/**
 * Words of a question that carry no topic ("what is the best way to make my model …"): dropped from a
 * query that has other words, like stop words. Only words no entry is about; "model", "train" or
 * "memory" are not here, because they separate entries.
 */
export const QUESTION_FILLER: ReadonlySet<string> = new Set(
  (
    "best way ways good better make making get getting got keep keeping want wanted need needed help tell know thing things " +
    "something anything really actually still even lot lots stuff go goes going happen happens happening try trying tried instead " +
    "since without anymore keeps start starts started fine okay ok please several extremely somehow basically whenever give gives gave giving " +
    // Contractions typed with or without the apostrophe ("doesn't" → doesn, t).
    "cannot doesn doesnt don dont isn isnt aren arent wasn wasnt weren werent didn didnt hasn hasnt haven havent won wont cant shouldn shouldnt wouldn wouldnt couldn couldnt"
  ).split(" "),
);

