/**
 * The web client's API types, generated from the server's OpenAPI document (the Zod schemas that
 * validate and serialise): `npm run api:types` writes web/src/api.gen.ts; `--check` only compares
 * and fails on a drift (src/http/api-types.int.test.ts runs the same comparison in the suite).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/connection.js';
import * as schema from '../src/db/schema.js';
import { buildApp } from '../src/http/app.js';

export const apiTypesFile = fileURLToPath(new URL('../web/src/api.gen.ts', import.meta.url));

const header = `/**
 * The API's types, generated from its OpenAPI document by \`npm run api:types\`: do not edit.
 * A server change that the web client does not follow fails the type-check.
 */
`;

/** The document as the server builds it, with the default settings (no database is read). */
export async function apiDocument(): Promise<OpenAPI3> {
  const pglite = new PGlite();
  const app = await buildApp({ db: drizzle(pglite, { schema }) as unknown as Db, config: loadConfig({}), logger: false });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
    await pglite.close();
  }
}

export async function apiTypesSource(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc, { alphabetize: true, silent: true });
  const source = header + astToString(ast);
  return prettier.format(source, { ...(await prettier.resolveConfig(apiTypesFile)), filepath: apiTypesFile });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await apiTypesSource(await apiDocument());
  if (process.argv.includes('--check')) {
    if (readFileSync(apiTypesFile, 'utf8') !== source) {
      console.error('web/src/api.gen.ts is not what the API describes: run `npm run api:types`');
      process.exit(1);
    }
  } else {
    writeFileSync(apiTypesFile, source);
    console.log(`wrote ${apiTypesFile}`);
  }
}
