import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** An answer of the walk: the URL called and what came back. */
export interface Answer {
  url: string;
  res: LightMyRequestResponse;
}

type Operation = { parameters?: { in: string; name: string; schema?: { enum?: string[] } }[] };

/** A path's URLs: an enumerated parameter ({format}) takes each of its values, any other each id of `ids`. */
function urlsOf(path: string, operation: Operation, ids: readonly string[]): string[] {
  const enums = new Map(
    (operation.parameters ?? []).filter((p) => p.in === 'path' && p.schema?.enum).map((p) => [p.name, p.schema!.enum!]),
  );
  let urls = [path];
  for (const [name, values] of enums) urls = urls.flatMap((u) => values.map((v) => u.replace(`{${name}}`, v)));
  return urls.flatMap((u) => (u.includes('{') ? ids.map((id) => u.replace(/\{\w+\}/g, id)) : [u]));
}

/**
 * Every GET operation of the API document called as `cookie`, a path with parameters once per id of
 * `ids` (the ids of whatever the test set up) and per value of an enumerated one, a `year` where the
 * path has none; the answers with 200.
 */
export async function answeredGets(app: FastifyInstance, cookie: string, ids: readonly string[]): Promise<Answer[]> {
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, { get?: Operation }> };
  const answers: Answer[] = [];
  for (const path of Object.keys(doc.paths)) {
    if (!doc.paths[path]!.get || path.startsWith('/api/docs')) continue;
    for (const url of urlsOf(path, doc.paths[path]!.get!, ids)) {
      const withYear = url.includes('year') ? url : `${url}${url.includes('?') ? '&' : '?'}year=2026`;
      const res = await app.inject({ method: 'GET', url: withYear, headers: { cookie } });
      if (res.statusCode === 200) answers.push({ url, res });
    }
  }
  return answers;
}

export const isJson = (res: LightMyRequestResponse) => String(res.headers['content-type']).includes('json');
export const isXlsx = (res: LightMyRequestResponse) => String(res.headers['content-type']).includes('spreadsheetml');
