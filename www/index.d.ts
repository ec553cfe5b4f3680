// Types for quotelens (www/quotelens.js). Offsets are UTF-16 units (JavaScript string indices) into
// `Analysis.text`, the text quotelens gathered from the article (block elements as "\n").

export declare const version: string;

/** Loads and instantiates the WebAssembly module once (attach() calls it; call it early to preload). */
export declare function ready(wasmUrl?: string | URL): Promise<unknown>;

/** Whether the CSS Custom Highlight API is available (what `mode: 'auto'` checks). */
export declare function supportsHighlights(): boolean;

/** Confidence in words: `sure` (≥ 0.8), `likely` (≥ 0.6) or `uncertain`. */
export declare function confidenceWord(confidence: number): 'sure' | 'likely' | 'uncertain';

export type Lang = 'it' | 'en' | 'fr' | 'es' | 'de' | 'pt';

export interface Override {
  /** The quote's text (quotation marks, outer spaces and trailing punctuation are ignored); ending it
   * with `…` or `...` matches quotes that start with it. */
  quote: string;
  /** The right speaker (a new one is added when the analysis did not find this name). */
  speaker?: string;
  /** Roles shown for a speaker the override adds. */
  roles?: string[];
  /** Remove the quote altogether. */
  remove?: boolean;
}

export interface Options {
  /** The article's language; `'auto'` (default) uses the nearest `lang` attribute when it is one of
   * the supported languages and detects otherwise; `'detect'` always detects. */
  lang?: 'auto' | 'detect' | Lang;
  /** `'wrap'` (default): `<span>` pieces in the article. `'highlight'`: the CSS Custom Highlight API,
   * the article's DOM untouched. `'auto'`: highlight where supported, else wrap. */
  mode?: 'wrap' | 'highlight' | 'auto';
  /** What to highlight. Defaults: all true. `indirect: false` also skips reported speech in the analysis. */
  show?: { quotes?: boolean; speakers?: boolean; indirect?: boolean };
  /** Show the tooltip on hover, focus and tap (default true). */
  tooltip?: boolean;
  /** The "who is quoted" panel: true (default; after the article), false, or a container (element or
   * selector) to render it into. */
  summary?: boolean | string | Element;
  /** Quotes whose attribution confidence is below this stay unhighlighted (default 0). */
  minConfidence?: number;
  /** Editorial fixes, by quote text. */
  overrides?: Override[];
  /** The widget's own words: defaults to the article's language. */
  uiLang?: Lang | null;
  /** Add a <link> to quotelens.css when the page has none (default true). */
  css?: boolean;
  /** Highlight mode: milliseconds to wait after the article changes before re-analysing (default 200). */
  debounce?: number;
  /** Where the .wasm is, when not next to the module. */
  wasm?: string | URL;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export type Rule =
  | 'trailing_cue' | 'leading_cue' | 'inner_cue' | 'colon_introduction' | 'sentence_subject'
  | 'gerund_chain' | 'passive_agent' | 'attributor' | 'headline' | 'following_sentence' | 'anaphora' | 'continuation'
  | 'repeated_quote' | 'none' | 'override';

export interface Quote {
  index: number;
  start: number;
  end: number;
  /** The quoted words (marks included for direct quotes) or the reported content. */
  text: string;
  kind: QuoteKind;
  /** Index into `Analysis.speakers`, or null when nobody was found. */
  speaker: number | null;
  speakerName: string | null;
  /** Index into `Analysis.mentions`: the mention that attributes the quote. */
  mention: number | null;
  /** The speech verb with its auxiliaries, as [start, end]. */
  cue: [number, number] | null;
  cueText: string | null;
  rule: Rule;
  /** In [0, 1]. */
  confidence: number;
  /** Highlighted (after `show`, `minConfidence` and `overrides`). */
  shown: boolean;
}

export interface Speaker {
  index: number;
  /** The fullest name the article uses. */
  name: string;
  kind: 'person' | 'organisation' | 'unknown';
  roles: string[];
  /** Indices into `Analysis.mentions`. */
  mentions: number[];
  /** Highlighted quotes attributed to this speaker. */
  quotes: number;
  /** `ql-c0` … `ql-c9` when the speaker has highlighted quotes, else null. */
  colour: string | null;
}

export interface Mention {
  index: number;
  start: number;
  end: number;
  kind: 'name' | 'role' | 'organisation' | 'pronoun';
  speaker: number;
  text: string;
}

export interface Analysis {
  /** The language analysed in (ISO 639-1). */
  lang: string;
  /** The gathered article text all offsets refer to. */
  text: string;
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
}

export interface Handle {
  readonly root: Element;
  /** The mode in effect ('auto' resolved). */
  readonly mode: 'wrap' | 'highlight';
  /** The latest analysis (highlight mode re-analyses when the article changes). */
  readonly analysis: Analysis;
  /** Milliseconds the attach took (walk, analysis, painting), WebAssembly already loaded. */
  readonly timing: number;
  /** The element holding the summary and tooltip (a shadow root host in highlight mode). */
  readonly host: HTMLElement;
  /** Shows only this speaker's quotes (index into analysis.speakers), or everyone (null). */
  setFilter(speaker: number | null): void;
  /** Turns the highlights on or off (the summary's switch). */
  setOn(on: boolean): void;
  /** Moves the focus highlight to the next (+1) or previous (-1) quote and announces it. */
  step(direction: 1 | -1): void;
  /** Highlight mode: re-reads the article and re-anchors now (normally automatic). */
  refresh(): void;
  /** Removes everything quotelens added: the article's DOM is exactly as before. Idempotent. */
  detach(): void;
}

/** Finds the quotes in the article (an element or a selector) and highlights them. */
export declare function attach(target: Element | string, options?: Options): Promise<Handle>;

/** The `quotelens:update` event (highlight mode, after a re-analysis) carries the new Analysis. */
export type UpdateEvent = CustomEvent<Analysis>;
