import { foldName, parseCompanyName, parseFoldedName, placesAgree, placesIn, type CompanyNameParts } from '../../lib/company-name.js';
import { isHanPair, normaliseText } from '../../lib/normalise-text.js';
import { placeAt } from '../../lib/places.js';
import { usccProblem } from '../../lib/uscc.js';

/**
 * 风险信息匹配: which certified clients a risk item names (SPEC §5). Pure: the caller gives the
 * item and an index of clients; the result is every candidate with a score and the reasons.
 *
 * Media write a company the way they like: 广东省深圳市华为技术有限公司, 华为技术（深圳）有限公司,
 * 華為技術, 华为技术有限公司上海分公司. Each is reduced to a key (字号 + trade, as in
 * normaliseCompanyName) and the places it states; a client matches on an equal key, and the
 * places then tell the same company from a namesake in another city.
 */

export interface MatchableClient {
  id: string;
  name: string;
  formerNames: readonly string[];
  uscc: string;
  province: string;
  address: string;
}

export const matchReasons = [
  'SAME_CREDIT_CODE', // 统一社会信用代码相同
  'SAME_NAME', // 名称相同（去除地名、组织形式后）
  'SAME_FORMER_NAME', // 与曾用名相同
  'BRANCH', // 分公司与总公司
  'CLOSE_NAME', // 名称相近
  'SAME_NAME_OTHER_PLACE', // 同名但地区不同
  'SAME_NAME_SEVERAL_CLIENTS', // 多个客户同名，未说明地区
  'NAME_MAY_GO_ON', // 名称之后还有文字，可能是另一家公司
] as const;
export type MatchReason = (typeof matchReasons)[number];

/** How much each kind of evidence is worth; a candidate's score is its best evidence. */
export const MATCH_SCORES = {
  SAME_CREDIT_CODE: 1,
  SAME_NAME_SAME_PLACE: 0.95,
  SAME_NAME_PLACE_UNSTATED: 0.9,
  SAME_FORMER_NAME: 0.85,
  BRANCH: 0.8,
  SAME_NAME_OTHER_PLACE: 0.3,
  /** a close name scores its similarity times this, so only a near-identical name reaches PROPOSE_AT */
  CLOSE_NAME_FACTOR: 0.7,
  INSIDE_LONGER_NAME_FACTOR: 0.5,
  /** a name read from running text without its legal form (赣州鑫达建设工程涉嫌…) is weaker than a full name */
  NO_LEGAL_FORM_FACTOR: 0.8,
  /** several clients bear the name and the item states no place that tells them apart */
  AMBIGUOUS_NAME_FACTOR: 0.6,
} as const;

/**
 * Two characters found in at least this many client names are a word names are made of (科技,
 * 工程): a name without its legal form followed by one may go on (华信电子｜科技…); followed by
 * others (车间, 附近, 一名) it has ended.
 */
export const NAME_WORD_MIN_NAMES = 3;

/** Below this many clients, how often two characters occur in names tells too little: every such name may go on. */
export const NAME_WORD_MIN_CLIENTS = 1000;

/** Whether two characters are a word client names are made of (NAME_WORD_MIN_NAMES), as the caller can tell from the whole client base. */
export type IsNameWord = (pair: string) => boolean;

/** The top candidate is proposed to staff at or above this score; weaker ones are listed below it. */
export const PROPOSE_AT = 0.6;
/** Candidates below this score are not listed at all. */
export const LIST_AT = 0.25;
/** Bigram (Dice) similarity from which two keys count as close names. */
export const CLOSE_NAME_SIMILARITY = 0.6;
/** The longest company name looked for before 有限公司 in free text. */
const MAX_NAME_CHARACTERS = 30;
/** A name without its legal form is read from running text only when its key is at least this long (华信 alone is a word). */
export const MIN_KEY_WITHOUT_LEGAL_FORM = 4;

export interface Candidate {
  clientId: string;
  score: number;
  reasons: MatchReason[];
  /** the words of the item that matched */
  matched: string;
}

interface NameMention extends CompanyNameParts {
  raw: string;
  /** starts where a name can start (not inside a longer one): after a separator or a preposition, or with a place */
  anchored: boolean;
  /** read from running text without a legal form (鑫达建设工程涉嫌…) */
  bare?: boolean;
  /** for such a reading that ends before no clause word: the two characters after it (厦门中科电梯｜车间…) */
  next?: string;
}

/** What an item names: credit codes, and for each company name the readings of it, longest first. */
export interface ItemMentions {
  codes: string[];
  names: NameMention[][];
}

const LEGAL_FORM = /集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团|公司|厂/g;
// words after which a company name may start in a sentence: 对…, 关于…, 据…称…
const NAME_MAY_FOLLOW = new Set([...'对于与和及据称的向被将由在是为等从把让给同跟']);
// words that start what is said of a company named without its legal form (鑫达建设工程｜涉嫌…): its name ends there.
// Words that also continue a name (销售, 生产, 科技) end it only with 的 after them.
const CLAUSE_START =
  /涉嫌|涉及|因|被|在|于|未经|未|违规|违法|非法|擅自|拒不|发生|存在|生产的|销售的|经营的|的|已|将|受到|遭|称|表示|回应|负责人|相关|近日|日前|拟|须|应|对|与|和|及|等|为|是|向|从|以|出现|造成|导致|作出|做出|收到|接到|多次|长期|利用|使用|没有|不|再次|又|曾|近期|最近|今年|今日|昨日|昨天|今天|去年|前日|目前|近年|此前|先后|连续|屡次|一直|多年|旗下|董事长|总经理|法定代表人|员工|职工|也|还|均/g;
const BRANCH_TAIL = /^[^()]{2,12}?(?:分公司|分厂|办事处|营业部)/;
const SEPARATORS = /[,;:!?"'<>[\]{}|/\\，。；：！？、“”‘’《》〈〉「」『』…—\n\r\t]+/;
const CODE = /(?<![0-9a-z])[0-9a-z]{18}(?![0-9a-z])/g;

export function mentionsIn(item: { organisationNamed?: string | null; text: string }): ItemMentions {
  const folded = normaliseText(`${item.organisationNamed ?? ''}\n${item.text}`);
  const codes = new Set<string>();
  for (const m of folded.matchAll(CODE)) {
    const code = m[0].toUpperCase();
    if (usccProblem(code) === null) codes.add(code);
  }
  const names: NameMention[][] = [];
  if (item.organisationNamed?.trim()) {
    names.push([{ ...parseCompanyName(item.organisationNamed), raw: item.organisationNamed.trim(), anchored: true }]);
  }
  for (const text of folded.replace(/[ \u00a0·•.-]/g, '').split(SEPARATORS)) {
    const segment = readSegment(text);
    names.push(...namesInSegment(segment), ...namesWithoutLegalForm(segment));
  }
  return { codes: [...codes], names };
}

interface Segment {
  text: string;
  /** where a place is written: its start, and the place by where it ends (安康 in 安康圭汗信息技术…, which the name parser leaves as a brand word) */
  placeStarts: Set<number>;
  placeEndingAt: Map<number, string>;
  /** where each name with a legal form ends (its tail included), and where its legal form starts */
  legalForms: { from: number; to: number }[];
}

function readSegment(text: string): Segment {
  const segment: Segment = { text, placeStarts: new Set(), placeEndingAt: new Map(), legalForms: [] };
  for (let i = 0; i < text.length; i++) {
    const at = placeAt(text, i, { any: true });
    if (!at) continue;
    segment.placeStarts.add(i);
    if (!segment.placeEndingAt.has(i + at.length)) segment.placeEndingAt.set(i + at.length, at.place);
  }
  LEGAL_FORM.lastIndex = 0;
  for (let m = LEGAL_FORM.exec(text); m; m = LEGAL_FORM.exec(text)) {
    let end = m.index + m[0].length;
    const tail = BRANCH_TAIL.exec(text.slice(end));
    if (tail) end += tail[0].length;
    segment.legalForms.push({ from: m.index, to: end });
    LEGAL_FORM.lastIndex = end;
  }
  return segment;
}

/**
 * Names in running text without a legal form (赣州鑫达建设工程涉嫌违规排放废水): a reading starts
 * where a name can (the segment's start, after 对/据…, at or after a place) and its key — what
 * follows the places — is read at every length from MIN_KEY_WITHOUT_LEGAL_FORM characters. A key
 * that ends where what is said of the company starts (CLAUSE_START, or the segment's end) is a
 * name; one that ends anywhere else (厦门中科电梯｜近期…, but also 华信电子｜科技…) may be part of a
 * longer name, a hint only.
 */
function namesWithoutLegalForm(segment: Segment): NameMention[][] {
  const { text } = segment;
  const clauseStarts = new Set<number>([text.length]);
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(text); m; m = CLAUSE_START.exec(text)) clauseStarts.add(m.index);
  const found: NameMention[][] = [];
  for (let start = 0; start + MIN_KEY_WITHOUT_LEGAL_FORM <= text.length; start++) {
    const before = segment.placeEndingAt.get(start) ?? null;
    if (!(start === 0 || nameMayStartAfter(text, start) || before !== null || segment.placeStarts.has(start))) continue;
    const limit = nameLimit(segment, start, clauseStarts);
    if (limit === null) continue;
    const raw = text.slice(start, limit);
    const name = parseFoldedName(raw);
    // the key is what follows the places (nothing else is taken off a text without a legal form or brackets)
    if (!raw.endsWith(name.key)) continue;
    const keyStart = limit - name.key.length;
    const places = before && name.places.length === 0 ? [before] : name.places;
    const readings: NameMention[] = [];
    for (let end = limit; end >= keyStart + MIN_KEY_WITHOUT_LEGAL_FORM; end--) {
      const key = text.slice(keyStart, end);
      const bounded = clauseStarts.has(end);
      const next = bounded ? undefined : text.slice(end, end + 2);
      readings.push({ key, places, branch: null, raw: text.slice(start, end), anchored: bounded, bare: true, ...(next ? { next } : {}) });
    }
    found.push(readings);
  }
  return found;
}

/**
 * Where a name without a legal form starting at `start` must end at the latest: within
 * MAX_NAME_CHARACTERS, before a bracket, and before a name with a legal form that may start here
 * (null: it does, and is read as such by namesInSegment).
 */
function nameLimit(segment: Segment, start: number, clauseStarts: ReadonlySet<number>): number | null {
  const { text } = segment;
  let limit = Math.min(text.length, start + MAX_NAME_CHARACTERS);
  const bracket = text.indexOf('(', start);
  if (bracket >= 0) limit = Math.min(limit, bracket);
  const next = segment.legalForms.find((f) => f.to > start);
  if (next) {
    if (start >= next.from) return null;
    // a clause after a name of its own (鑫达建设工程｜与宁波华信有限公司…), not a 为 inside 华为
    const clauseBetween = [...clauseStarts].some((at) => at >= start + MIN_KEY_WITHOUT_LEGAL_FORM && at < next.from);
    if (!clauseBetween) return null;
    limit = Math.min(limit, next.from);
  }
  return limit - start >= MIN_KEY_WITHOUT_LEGAL_FORM ? limit : null;
}

/** Company names ending in a legal form (…有限公司, …集团, …厂, with a branch tail): every start is a reading. */
function namesInSegment(segment: Segment): NameMention[][] {
  const { text } = segment;
  const found: NameMention[][] = [];
  let from = 0;
  for (const { from: legalForm, to: end } of segment.legalForms) {
    const readings: NameMention[] = [];
    const first = Math.max(from, legalForm - MAX_NAME_CHARACTERS);
    for (let start = first; start <= legalForm - 2; start++) {
      const raw = text.slice(start, end);
      const name = parseFoldedName(raw);
      const before = start === from ? null : (segment.placeEndingAt.get(start) ?? null);
      const anchored = start === from || nameMayStartAfter(text, start) || startsWithPlace(name, raw) || before !== null;
      readings.push({ ...name, places: before && name.places.length === 0 ? [before] : name.places, raw, anchored });
    }
    if (readings.length > 0) found.push(readings);
    from = end;
  }
  return found;
}

// words after which a name is told (网友反映…, 记者获悉…)
const NAME_MAY_FOLLOW_WORDS =
  /(?:反映|举报|投诉|曝光|报道|获悉|发现|通报|显示|指出|认定|查处|查明|约谈|处罚|责令|要求|督促|通知|公告|公示|关于|涉事企业)$/;

function nameMayStartAfter(text: string, start: number): boolean {
  return NAME_MAY_FOLLOW.has(text[start - 1]!) || NAME_MAY_FOLLOW_WORDS.test(text.slice(Math.max(0, start - 4), start));
}

function startsWithPlace(name: CompanyNameParts, raw: string): boolean {
  return name.places.some((place) => raw.startsWith(place));
}

export interface IndexedClient {
  client: MatchableClient;
  name: CompanyNameParts;
  /** the places its name states and those of its address: a place the list does not know (青溪县) still lies in its city */
  readonly places: string[];
  /** its current and former names as written, folded: an item naming one exactly tells namesakes apart */
  readonly fullNames: Set<string>;
}

/** Clients by credit code, by name key (current and former names) and by bigram for close names. */
export interface ClientNameIndex {
  byCode: Map<string, IndexedClient>;
  byKey: Map<string, { entry: IndexedClient; former: boolean }[]>;
  /** built when a close name is first looked for: most items never need it, and it is half the index's cost */
  byBigram: Map<string, IndexedClient[]> | null;
}

function bigrams(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= key.length; i++) out.add(key.slice(i, i + 2));
  return [...out];
}

/** Dice coefficient over character bigrams: 1 for equal keys, 0 for nothing shared. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = new Set(bigrams(b));
  if (x.length === 0 || y.size === 0) return a === b ? 1 : 0;
  const shared = x.filter((g) => y.has(g)).length;
  return (2 * shared) / (x.length + y.size);
}

/** Places and full names are read when a client is hit, not for every client indexed (they cost as much as the index). */
function indexedClient(client: MatchableClient, name: CompanyNameParts): IndexedClient {
  let places: string[] | undefined;
  let fullNames: Set<string> | undefined;
  return {
    client,
    name,
    get places() {
      return (places ??= [...new Set([...name.places, ...placesIn(`${client.province}${client.address}`)])]);
    },
    get fullNames() {
      return (fullNames ??= new Set([client.name, ...client.formerNames].map(foldName)));
    },
  };
}

export function buildNameIndex(clients: Iterable<MatchableClient>): ClientNameIndex {
  const index: ClientNameIndex = { byCode: new Map(), byKey: new Map(), byBigram: null };
  for (const client of clients) {
    const name = parseCompanyName(client.name);
    const entry = indexedClient(client, name);
    index.byCode.set(client.uscc, entry);
    const keys = new Map<string, boolean>([[name.key, false]]);
    for (const former of client.formerNames) {
      const key = parseCompanyName(former).key;
      if (!keys.has(key)) keys.set(key, true);
    }
    for (const [key, former] of keys) {
      const list = index.byKey.get(key);
      if (list) list.push({ entry, former });
      else index.byKey.set(key, [{ entry, former }]);
    }
  }
  return index;
}

function bigramIndex(index: ClientNameIndex): Map<string, IndexedClient[]> {
  if (index.byBigram) return index.byBigram;
  const byBigram = new Map<string, IndexedClient[]>();
  // every client once: under its current name's key
  for (const { entry } of [...index.byKey.values()].flat().filter((hit) => !hit.former)) {
    for (const gram of bigrams(entry.name.key)) {
      const list = byBigram.get(gram);
      if (list) list.push(entry);
      else byBigram.set(gram, [entry]);
    }
  }
  return (index.byBigram = byBigram);
}

type KeyHit = { entry: IndexedClient; former: boolean };

function keyEvidence(mention: NameMention, hit: KeyHit, hits: readonly KeyHit[]): { reason: MatchReason; score: number } {
  const stated = placesAgree(mention.places, hit.entry.places);
  const writtenOut = hit.entry.fullNames.has(mention.raw);
  let { reason, score } = nameEvidence(mention, hit, stated, writtenOut);
  if (!mention.anchored) score *= MATCH_SCORES.INSIDE_LONGER_NAME_FACTOR; // 兴隆国电器 holds 电器: a weak hint only
  if (mention.bare) score *= MATCH_SCORES.NO_LEGAL_FORM_FACTOR;
  // 华信电子科技园区…: said so, where the reason would otherwise read as an equal name
  if (mention.bare && !mention.anchored && reason !== 'SAME_NAME_OTHER_PLACE') reason = 'NAME_MAY_GO_ON';
  // 华信电子有限公司 of Beijing and of Ningbo, and an item that says neither: both are listed, neither proposed
  const namesakes = hits.filter((h) => h.entry !== hit.entry && placesAgree(mention.places, h.entry.places) !== 'different');
  if (stated === 'unknown' && !writtenOut && namesakes.length > 0) {
    score *= MATCH_SCORES.AMBIGUOUS_NAME_FACTOR;
    if (reason === 'SAME_NAME') reason = 'SAME_NAME_SEVERAL_CLIENTS';
  }
  return { reason, score };
}

/** `stated`: how the item's places agree with the client's; `writtenOut`: the item writes one of its names out whole. */
function nameEvidence(
  mention: NameMention,
  hit: KeyHit,
  stated: ReturnType<typeof placesAgree>,
  writtenOut: boolean,
): { reason: MatchReason; score: number } {
  // the registered name written out (翌霓纸业股份有限公司) places it, unless the item puts it elsewhere
  const agree = stated === 'unknown' && writtenOut && !hit.former ? 'same' : stated;
  if (agree === 'different') return { reason: 'SAME_NAME_OTHER_PLACE', score: MATCH_SCORES.SAME_NAME_OTHER_PLACE };
  if (mention.branch !== hit.entry.name.branch && !hit.former) return { reason: 'BRANCH', score: MATCH_SCORES.BRANCH };
  if (hit.former) return { reason: 'SAME_FORMER_NAME', score: MATCH_SCORES.SAME_FORMER_NAME };
  return agree === 'same'
    ? { reason: 'SAME_NAME', score: MATCH_SCORES.SAME_NAME_SAME_PLACE }
    : { reason: 'SAME_NAME', score: MATCH_SCORES.SAME_NAME_PLACE_UNSTATED };
}

/** Clients sharing the rarest bigrams of the key, scored by similarity. */
function closeNames(index: ClientNameIndex, key: string): { entry: IndexedClient; similarity: number }[] {
  const rarest = bigrams(key)
    .map((g) => bigramIndex(index).get(g) ?? [])
    .filter((list) => list.length > 0)
    .sort((a, b) => a.length - b.length)
    .slice(0, 2);
  const seen = new Set<IndexedClient>();
  const out: { entry: IndexedClient; similarity: number }[] = [];
  for (const entry of rarest.flat()) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    const similarity = nameSimilarity(key, entry.name.key);
    if (similarity >= CLOSE_NAME_SIMILARITY && similarity < 1) out.push({ entry, similarity });
  }
  return out;
}

/**
 * Every listed candidate for an item, best first. `isNameWord` tells a name without its legal form
 * that has ended from one that may go on; without it, every such name not followed by a clause word may go on.
 */
export function matchRiskItem(
  item: { organisationNamed?: string | null; text: string },
  index: ClientNameIndex,
  isNameWord?: IsNameWord,
): Candidate[] {
  return matchMentions(mentionsIn(item), index, isNameWord);
}

/** matchRiskItem of an item's mentions read already (the service reads them once for the lookup and the match). */
export function matchMentions(mentions: ItemMentions, index: ClientNameIndex, isNameWord?: IsNameWord): Candidate[] {
  const best = new Map<string, Candidate>();
  // each reason's best score per client: a candidate shows the reason of its best evidence and any other strong one
  const reasonScores = new Map<string, Map<MatchReason, number>>();
  const note = (clientId: string, reason: MatchReason, score: number, matched: string) => {
    const scores = reasonScores.get(clientId) ?? reasonScores.set(clientId, new Map()).get(clientId)!;
    scores.set(reason, Math.max(score, scores.get(reason) ?? 0));
    const current = best.get(clientId);
    if (!current) return void best.set(clientId, { clientId, score, reasons: [], matched });
    if (score > current.score) Object.assign(current, { score, matched });
  };
  for (const code of mentions.codes) {
    const entry = index.byCode.get(code);
    if (entry) note(entry.client.id, 'SAME_CREDIT_CODE', MATCH_SCORES.SAME_CREDIT_CODE, code);
  }
  for (const group of mentions.names) {
    const readings = isNameWord ? group.map((r) => (endsBeforeOtherWords(r, isNameWord) ? { ...r, anchored: true } : r)) : group;
    // the longest reading that is a client's name: 宁波永盛物流 rather than 永盛物流
    const reading = readings.find((r) => r.anchored && index.byKey.has(r.key)) ?? readings.find((r) => index.byKey.has(r.key));
    if (reading) {
      const hits = index.byKey.get(reading.key)!;
      for (const hit of hits) {
        const { reason, score } = keyEvidence(reading, hit, hits);
        note(hit.entry.client.id, reason, score, reading.raw);
      }
      continue;
    }
    // close names only for a name given on its own (the organisation named), not for free text
    const named = readings[0]!;
    if (readings.length !== 1 || named.bare || named.key.length < 4) continue;
    for (const { entry, similarity } of closeNames(index, named.key)) {
      note(entry.client.id, 'CLOSE_NAME', similarity * MATCH_SCORES.CLOSE_NAME_FACTOR, named.raw);
    }
  }
  for (const candidate of best.values()) {
    candidate.reasons = [...reasonScores.get(candidate.clientId)!]
      .filter(([, score]) => score === candidate.score || score >= PROPOSE_AT)
      .sort((a, b) => b[1] - a[1])
      .map(([reason]) => reason);
  }
  return [...best.values()]
    .filter((c) => c.score >= LIST_AT)
    .map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.clientId.localeCompare(b.clientId));
}

/** A name without its legal form followed by two Chinese characters that are no word of names: it has ended there. */
function endsBeforeOtherWords(reading: NameMention, isNameWord: IsNameWord): boolean {
  return reading.next !== undefined && isHanPair(reading.next) && !isNameWord(reading.next);
}

/** The pairs of characters after the names without a legal form that are clients' keys: what `isNameWord` will be asked. */
export function wordsAfterNames(mentions: ItemMentions, index: ClientNameIndex): string[] {
  const pairs = new Set<string>();
  for (const readings of mentions.names)
    for (const r of readings) if (r.next && isHanPair(r.next) && index.byKey.has(r.key)) pairs.add(r.next);
  return [...pairs];
}

/** isNameWord from an index of the whole client base (the benchmark's; the service asks the database). */
export function nameWordsOf(index: ClientNameIndex): IsNameWord | undefined {
  if (index.byCode.size < NAME_WORD_MIN_CLIENTS) return undefined;
  return (pair) => (bigramIndex(index).get(pair)?.length ?? 0) >= NAME_WORD_MIN_NAMES;
}

/** The keys and codes an item could match, for fetching candidate clients from the database. */
export function lookupTerms(mentions: ItemMentions): { codes: string[]; keys: string[] } {
  const keys = new Set<string>();
  for (const readings of mentions.names) for (const r of readings) if (r.key.length >= 2) keys.add(r.key);
  return { codes: mentions.codes, keys: [...keys] };
}
