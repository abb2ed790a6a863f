import { parseCompanyName, parseFoldedName, placesAgree, placesIn, type CompanyNameParts } from '../../lib/company-name.js';
import { normaliseText } from '../../lib/normalise-text.js';
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
} as const;

/** The top candidate is proposed to staff at or above this score; weaker ones are listed below it. */
export const PROPOSE_AT = 0.6;
/** Candidates below this score are not listed at all. */
export const LIST_AT = 0.25;
/** Bigram (Dice) similarity from which two keys count as close names. */
export const CLOSE_NAME_SIMILARITY = 0.6;
/** The longest company name looked for before 有限公司 in free text. */
const MAX_NAME_CHARACTERS = 30;

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
}

/** What an item names: credit codes, and for each company name the readings of it, longest first. */
export interface ItemMentions {
  codes: string[];
  names: NameMention[][];
}

const LEGAL_FORM = /集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团|公司|厂/g;
// words after which a company name may start in a sentence: 对…, 关于…, 据…称…
const NAME_MAY_FOLLOW = new Set([...'对于与和及据称的向被将由在是为等从把让给同跟']);
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
  for (const segment of folded.replace(/[ \u00a0·•.-]/g, '').split(SEPARATORS)) names.push(...namesInSegment(segment));
  return { codes: [...codes], names };
}

/** Company names ending in a legal form (…有限公司, …集团, …厂, with a branch tail): every start is a reading. */
function namesInSegment(segment: string): NameMention[][] {
  const found: NameMention[][] = [];
  LEGAL_FORM.lastIndex = 0;
  let from = 0;
  for (let m = LEGAL_FORM.exec(segment); m; m = LEGAL_FORM.exec(segment)) {
    let end = m.index + m[0].length;
    const tail = BRANCH_TAIL.exec(segment.slice(end));
    if (tail) end += tail[0].length;
    const readings: NameMention[] = [];
    const first = Math.max(from, m.index - MAX_NAME_CHARACTERS);
    for (let start = first; start <= m.index - 2; start++) {
      const raw = segment.slice(start, end);
      const name = parseFoldedName(raw);
      const anchored = start === from || NAME_MAY_FOLLOW.has(segment[start - 1]!) || startsWithPlace(name, raw);
      readings.push({ ...name, raw, anchored });
    }
    if (readings.length > 0) found.push(readings);
    from = end;
    LEGAL_FORM.lastIndex = end;
  }
  return found;
}

function startsWithPlace(name: CompanyNameParts, raw: string): boolean {
  return name.places.some((place) => raw.startsWith(place));
}

export interface IndexedClient {
  client: MatchableClient;
  name: CompanyNameParts;
  places: string[];
}

/** Clients by credit code, by name key (current and former names) and by bigram for close names. */
export interface ClientNameIndex {
  byCode: Map<string, IndexedClient>;
  byKey: Map<string, { entry: IndexedClient; former: boolean }[]>;
  byBigram: Map<string, IndexedClient[]>;
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

export function buildNameIndex(clients: Iterable<MatchableClient>): ClientNameIndex {
  const index: ClientNameIndex = { byCode: new Map(), byKey: new Map(), byBigram: new Map() };
  for (const client of clients) {
    const name = parseCompanyName(client.name);
    const entry: IndexedClient = {
      client,
      name,
      places: name.places.length > 0 ? name.places : placesIn(`${client.province}${client.address}`),
    };
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
    for (const gram of bigrams(name.key)) {
      const list = index.byBigram.get(gram);
      if (list) list.push(entry);
      else index.byBigram.set(gram, [entry]);
    }
  }
  return index;
}

function keyEvidence(mention: NameMention, hit: { entry: IndexedClient; former: boolean }): { reason: MatchReason; score: number } {
  const evidence = nameEvidence(mention, hit);
  // a client's name seen inside a longer one (兴隆国电器 holds 电器) is a weak hint only
  return mention.anchored ? evidence : { ...evidence, score: evidence.score * MATCH_SCORES.INSIDE_LONGER_NAME_FACTOR };
}

function nameEvidence(mention: NameMention, hit: { entry: IndexedClient; former: boolean }): { reason: MatchReason; score: number } {
  const agree = placesAgree(mention.places, hit.entry.places);
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
    .map((g) => index.byBigram.get(g) ?? [])
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

/** Every listed candidate for an item, best first. */
export function matchRiskItem(item: { organisationNamed?: string | null; text: string }, index: ClientNameIndex): Candidate[] {
  const mentions = mentionsIn(item);
  const best = new Map<string, Candidate>();
  const note = (clientId: string, reason: MatchReason, score: number, matched: string) => {
    const current = best.get(clientId);
    if (!current) return void best.set(clientId, { clientId, score, reasons: [reason], matched });
    if (!current.reasons.includes(reason)) current.reasons.push(reason);
    if (score > current.score) Object.assign(current, { score, matched });
  };
  for (const code of mentions.codes) {
    const entry = index.byCode.get(code);
    if (entry) note(entry.client.id, 'SAME_CREDIT_CODE', MATCH_SCORES.SAME_CREDIT_CODE, code);
  }
  for (const readings of mentions.names) {
    // the longest reading that is a client's name: 宁波永盛物流 rather than 永盛物流
    const reading = readings.find((r) => r.anchored && index.byKey.has(r.key)) ?? readings.find((r) => index.byKey.has(r.key));
    if (reading) {
      for (const hit of index.byKey.get(reading.key)!) {
        const { reason, score } = keyEvidence(reading, hit);
        note(hit.entry.client.id, reason, score, reading.raw);
      }
      continue;
    }
    // close names only for a name given on its own (the organisation named), not for free text
    const named = readings[0]!;
    if (readings.length !== 1 || named.key.length < 4) continue;
    for (const { entry, similarity } of closeNames(index, named.key)) {
      note(entry.client.id, 'CLOSE_NAME', similarity * MATCH_SCORES.CLOSE_NAME_FACTOR, named.raw);
    }
  }
  return [...best.values()]
    .filter((c) => c.score >= LIST_AT)
    .map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.clientId.localeCompare(b.clientId));
}

/** The keys and codes an item could match, for fetching candidate clients from the database. */
export function lookupTerms(item: { organisationNamed?: string | null; text: string }): { codes: string[]; keys: string[] } {
  const mentions = mentionsIn(item);
  const keys = new Set<string>();
  for (const readings of mentions.names) for (const r of readings) if (r.key.length >= 2) keys.add(r.key);
  return { codes: mentions.codes, keys: [...keys] };
}
