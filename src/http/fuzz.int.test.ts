import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../test/fixtures.js';
import { fuzzRequests, sendFuzzRequests, type FuzzRequest, type OpenApiDocument } from '../../test/fuzz.js';
import { grantSystem } from '../../test/world-helpers.js';

/**
 * Hostile input never gets a 500: requests generated from every operation of the OpenAPI
 * document, as admin and as nobody, each answered below 500; every 4xx carries a code and a
 * zh/en message; and a refused write writes nothing (no audit-log entry). Bounded for the suite:
 * `npm run bench -- fuzz` runs many more.
 */

const RANDOM_PER_OPERATION = { admin: 4, anonymous: 1 };
// ~9 s for the admin's 900-odd requests on a quiet machine; a test that times out leaves its requests
// running into the next one
const FUZZ_TIMEOUT_MS = 120_000;

let w: World;
let doc: OpenApiDocument;
let knownIds: string[];
beforeAll(async () => {
  w = await setUpWorld();
  await w.app.ready();
  doc = w.app.swagger() as OpenApiDocument;
  const cert = await grantSystem(w, await w.login('decider'), w.huaxin, 'QMS', 'CD26Q0001R0M');
  knownIds = [w.huaxin, w.other, w.branchA, cert.id];
});
afterAll(() => w.app.close());

/** Every broken promise, named: none is the pass. */
async function check(requests: FuzzRequest[]) {
  const { serverErrors, uncoded, writtenOnRefusal } = await sendFuzzRequests(w.app, w.db, requests);
  return [...serverErrors, ...uncoded.map((d) => `no coded zh/en body: ${d}`), ...writtenOnRefusal.map((d) => `refused but written: ${d}`)];
}

describe('fuzzing every operation of the API document', () => {
  it(
    'answers admin requests below 500, with a coded zh/en body on every 4xx and nothing written',
    async () => {
      const cookie = await w.login('admin');
      const requests = fuzzRequests(doc, { cookie, knownIds, random: RANDOM_PER_OPERATION.admin, seed: 20261203 });
      expect(requests.length).toBeGreaterThan(800);
      const problems = await check(requests);
      expect(problems).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers anonymous requests the same way',
    async () => {
      const requests = fuzzRequests(doc, { cookie: null, knownIds, random: RANDOM_PER_OPERATION.anonymous, seed: 4242 });
      const problems = await check(requests);
      expect(problems).toEqual([]);
    },
    FUZZ_TIMEOUT_MS,
  );
});
