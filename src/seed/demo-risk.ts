import { asc, count } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { parseCompanyName } from '../lib/company-name.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { clients } from '../modules/clients/client.schema.js';
import { reportToAuditManagement, requestSuspension } from '../modules/risk/incident.service.js';
import { confirmMatch, createRiskItem } from '../modules/risk/risk.service.js';
import { riskItems } from '../modules/risk/risk.schema.js';
import { demoActor } from './demo-actors.js';

const all = { kind: 'all' } as const;

/**
 * Risk items the way they arrive: a client named in another form and confirmed (an incident
 * under way, one overdue), one still to confirm, a namesake in another city, and one about nobody.
 */
export async function seedDemoRisk(db: Db, today: IsoDate): Promise<void> {
  const [{ n }] = (await db.select({ n: count() }).from(riskItems)) as [{ n: number }];
  if (n > 0) return;
  const list = await db.select().from(clients).orderBy(asc(clients.contractNo)).limit(12);
  if (list.length < 4) return;
  const [first, second, third, fourth] = list as [(typeof list)[0], (typeof list)[0], (typeof list)[0], (typeof list)[0]];
  const key = (name: string) => parseCompanyName(name).key;
  const quality = await demoActor(db, 'zhiliang');

  const confirmed = await createRiskItem(
    db,
    quality,
    {
      source: '北京市市场监督管理局',
      sourceKind: 'authority',
      publishedOn: addDays(today, -1),
      organisationNamed: null,
      kind: 'quality',
      text: `2026年产品质量监督抽查结果通报：${key(first.name)}（北京）有限公司生产的数字万用表（批次 2026-08）安全项目不合格，已责令整改。`,
      link: 'https://scjgj.beijing.gov.cn/',
    },
    today,
  );
  const after = await confirmMatch(
    db,
    quality,
    all,
    confirmed.id,
    first.id,
    { version: confirmed.version, eventOn: addDays(today, -2) },
    today,
  );
  const incidentId = after.candidates.find((c) => c.clientId === first.id)?.incidentId;
  if (incidentId) {
    const opened = await reportToAuditManagement(db, quality, all, incidentId, { version: 1, note: '已电话报告审核管理部' }, today);
    await requestSuspension(db, quality, all, incidentId, { version: opened.version, note: '产品抽查不合格，申请暂停证书' }, today);
  }

  const late = await createRiskItem(
    db,
    quality,
    {
      source: '应急管理部网站',
      sourceKind: 'authority',
      publishedOn: addDays(today, -20),
      organisationNamed: second.name,
      kind: 'safety',
      text: `${second.name}仓库发生火灾，无人员伤亡，应急管理部门已介入调查。`,
      link: null,
    },
    addDays(today, -20),
  );
  await confirmMatch(db, quality, all, late.id, second.id, { version: late.version, eventOn: addDays(today, -21) }, addDays(today, -20));

  await createRiskItem(
    db,
    quality,
    {
      source: '新华网',
      sourceKind: 'media',
      publishedOn: today,
      organisationNamed: null,
      kind: 'environment',
      text: `据新华网报道，${third.name.replace(/有限公司$/, '')} 有限公司因超标排放废水被当地生态环境局罚款 20 万元。`,
      link: 'https://www.news.cn/',
    },
    today,
  );
  await createRiskItem(
    db,
    quality,
    {
      source: '澎湃新闻',
      sourceKind: 'media',
      publishedOn: today,
      organisationNamed: null,
      kind: 'quality',
      text: `乌鲁木齐市${key(fourth.name)}有限公司销售的产品被检出质量问题。`,
      link: null,
    },
    today,
  );
  await createRiskItem(
    db,
    quality,
    {
      source: '国家市场监督管理总局',
      sourceKind: 'authority',
      publishedOn: today,
      organisationNamed: '杭州某某食品有限公司',
      kind: 'quality',
      text: '杭州某某食品有限公司生产的月饼菌落总数超标。',
      link: null,
    },
    today,
  );
}
