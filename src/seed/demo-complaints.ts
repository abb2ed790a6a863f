import { count, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { addDays, type IsoDate } from '../lib/dates.js';
import { clients } from '../modules/clients/client.schema.js';
import { complaints } from '../modules/complaints/complaint.schema.js';
import { answerComplaint, fileComplaint } from '../modules/complaints/complaint.service.js';
import { demoActor } from './demo-actors.js';

/** A complaint answered in time, one past its deadline and an appeal just received. */
export async function seedDemoComplaints(db: Db, today: IsoDate): Promise<void> {
  const [{ n }] = (await db.select({ n: count() }).from(complaints)) as [{ n: number }];
  if (n > 0) return;
  const [huaxin] = await db.select().from(clients).where(eq(clients.contractNo, 'HT-2023-0001'));
  const service = await demoActor(db, 'kefu');
  const answered = await fileComplaint(
    db,
    service,
    'staff',
    {
      kind: 'complaint',
      complainantName: '王女士',
      complainantContact: '13700002222',
      organisation: huaxin?.name ?? null,
      certificateNo: null,
      subject: '售后服务响应慢',
      description: '报修后一周无人上门。',
      clientId: huaxin?.id ?? null,
      receivedOn: addDays(today, -25),
    },
    addDays(today, -25),
  );
  await answerComplaint(
    db,
    service,
    { kind: 'all' },
    answered.id,
    { version: answered.version, answer: '已核实并督促企业整改，企业已于三日内上门维修。', cause: 'certified_performance' },
    addDays(today, -10),
  );
  await fileComplaint(
    db,
    service,
    'staff',
    {
      kind: 'complaint',
      complainantName: '刘先生',
      complainantContact: 'liu@example.com',
      organisation: '某获证企业',
      certificateNo: null,
      subject: '认证证书使用不当',
      description: '企业在未获证产品上使用认证标志。',
      clientId: null,
      cause: 'certificate_misuse',
      receivedOn: addDays(today, -40),
    },
    addDays(today, -40),
  );
  await fileComplaint(
    db,
    service,
    'public',
    {
      kind: 'appeal',
      complainantName: '赵经理',
      complainantContact: '010-88886666',
      organisation: '北京某科技有限公司',
      certificateNo: null,
      subject: '对暂停认证证书的决定不服',
      description: '我司已完成整改，申请复核暂停决定。',
    },
    today,
  );
}
