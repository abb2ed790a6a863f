import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** An answer of the walk: the URL called and what came back. */
export interface Answer {
  url: string;
  res: LightMyRequestResponse;
}

/**
 * Every GET operation of the API document called as `cookie`, a path with parameters once per id of
 * `ids` (the ids of whatever the test set up), a `year` where the path has none; the answers with 200.
 */
export async function answeredGets(app: FastifyInstance, cookie: string, ids: readonly string[]): Promise<Answer[]> {
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const answers: Answer[] = [];
  for (const path of Object.keys(doc.paths)) {
    if (!doc.paths[path]!.get || path.startsWith('/api/docs')) continue;
    const urls = path.includes('{') ? ids.map((id) => path.replace(/\{\w+\}/g, id)) : [path];
    for (const url of urls) {
      const withYear = url.includes('year') ? url : `${url}${url.includes('?') ? '&' : '?'}year=2026`;
      const res = await app.inject({ method: 'GET', url: withYear, headers: { cookie } });
      if (res.statusCode === 200) answers.push({ url, res });
    }
  }
  return answers;
}

export const isJson = (res: LightMyRequestResponse) => String(res.headers['content-type']).includes('json');
export const isXlsx = (res: LightMyRequestResponse) => String(res.headers['content-type']).includes('spreadsheetml');
