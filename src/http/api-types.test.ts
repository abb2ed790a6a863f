import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiDocument, apiTypesFile, apiTypesSource } from '../../scripts/api-types.js';

describe("the web client's API types", () => {
  it('are what the API describes: a server change not carried into web/src/api.gen.ts (npm run api:types) fails here', async () => {
    const generated = await apiTypesSource(await apiDocument());
    expect(readFileSync(apiTypesFile, 'utf8')).toBe(generated);
  });
});
