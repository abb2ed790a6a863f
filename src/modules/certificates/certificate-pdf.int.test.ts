import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpWorld, type World } from '../../../test/fixtures.js';
import { hasPoppler, overlappingWords, pdfPages, wordBoxes } from '../../../test/poppler.js';
import { grantSystem } from '../../../test/world-helpers.js';
import { storedFiles } from '../files/file.schema.js';
import { MARK_ENTITY, markRecord } from './certificate.rules.js';

/**
 * The certificate PDF as a reader meets it: rendered by poppler (pdftoppm, pdftotext — .ci/run
 * installs poppler-utils), its text read back and its QR code decoded by jsQR, a reader written
 * apart from the generator that drew it.
 */
let w: World;
let dir: string;
const BASE = 'https://cert.example.cn';
// a CommonJS module whose default export is also the module itself
const jsQR = jsqr.default;

beforeAll(async () => {
  w = await setUpWorld(() => new Date('2026-11-20T02:00:00Z'), {
    PUBLIC_BASE_URL: BASE,
    CB_NAME: '华测示例认证有限公司',
    CB_ADDRESS: '北京市海淀区学院路 30 号',
  });
  dir = mkdtempSync(path.join(tmpdir(), 'certificate-pdf-'));
});
afterAll(async () => {
  await w.app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pdfOf(id: string, cookie: string): Promise<string> {
  const res = await w.app.inject({ method: 'GET', url: `/api/certificates/${id}/pdf`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  const file = path.join(dir, `${id}.pdf`);
  writeFileSync(file, res.rawPayload);
  return file;
}

/** The first page rendered at 150 dpi, and what a QR reader finds on it. */
function qrOnFirstPage(file: string): string | null {
  const prefix = path.join(dir, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, prefix]);
  const png = PNG.sync.read(
    readFileSync(
      readdirSync(dir)
        .map((f) => path.join(dir, f))
        .find((f) => f.startsWith(prefix) && f.endsWith('.png'))!,
    ),
  );
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The images a PDF draws, as poppler lists them (an image's transparency, its smask, not counted). */
const imagesIn = (file: string) =>
  execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /^\s*\d+\s+\d+\s+image\s/.test(line)).length;

describe.skipIf(!hasPoppler)('the certificate PDF, rendered', () => {
  it('is one A4 page with the attestation, the issuing body and a QR code that opens the certificate’s verification page', async () => {
    const decider = await w.login('decider');
    const cert = await grantSystem(w, decider, w.huaxin, 'QMS', 'CD26-Q0007R0M', '2026-03-02');
    const file = await pdfOf(cert.id, decider);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);

    const [page] = pdfPages(file);
    for (const expected of [
      '兹证明',
      '北京华信电子科技有限公司',
      '质量管理体系符合 GB/T 19001-2016 标准的要求',
      '电子测量仪器的设计和生产',
      'CD26-Q0007R0M',
      '初次颁证日期 First issued：2026-03-02',
      '本次颁证日期 Issued：2026-03-02',
      '华测示例认证有限公司',
      '北京市海淀区学院路 30 号',
      '盖章',
    ])
      expect(page, expected).toContain(expected);

    expect(qrOnFirstPage(file)).toBe(`${BASE}/register/c/CD26-Q0007R0M`);
    expect(overlappingWords(wordBoxes(readFileSync(file)))).toEqual([]);
  });

  it('puts its sites, a suspended part of the scope and a scope too long for the page into an annex, and says the status', async () => {
    const decider = await w.login('decider');
    const longScope = Array.from({ length: 40 }, (_, i) => `第 ${i + 1} 类电子测量仪器（含配套软件）的设计、生产和技术服务`).join('；');
    const res = await w.app.inject({
      method: 'POST',
      url: `/api/clients/${w.other}/certificates`,
      headers: { cookie: decider },
      payload: {
        certificateNo: 'CD26E0008R0M',
        scheme: 'management_system',
        field: 'EMS',
        standard: 'GB/T 24001-2016',
        scope: longScope,
        sites: [{ name: '东莞工厂', address: '广东省东莞市长安镇示例路 8 号', scope: '注塑件的生产' }],
        decisionOn: '2026-03-02',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const cert = res.json() as { id: string; version: number };
    const suspended = await w.app.inject({
      method: 'POST',
      url: `/api/certificates/${cert.id}/suspend`,
      headers: { cookie: decider },
      payload: {
        version: cert.version,
        from: '2026-11-01',
        until: '2027-01-31',
        ground: 'FEES_UNPAID',
        partScope: '第 3 类电子测量仪器（含配套软件）的设计、生产和技术服务',
        reason: '监督费用逾期未缴',
      },
    });
    expect(suspended.statusCode, suspended.body).toBe(200);

    const file = await pdfOf(cert.id, decider);
    const pages = pdfPages(file);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('部分暂停（2026-11-01 至 2027-01-31）');
    expect(pages[0]).toContain('认证范围详见附件');
    expect(pages[0]).not.toContain('第 40 类');
    const annex = pages[1]!.replace(/\s+/g, '');
    for (const expected of ['附件', '第40类电子测量仪器', '暂停的认证范围', '其余认证范围仍然有效', '东莞工厂', '注塑件的生产'])
      expect(annex, expected).toContain(expected);
    expect(qrOnFirstPage(file)).toBe(`${BASE}/register/c/CD26E0008R0M`);
    expect(overlappingWords(wordBoxes(readFileSync(file)))).toEqual([]);
  });

  it('prints the marks the administrator uploaded, refuses what is not a PNG or JPEG, and prints without a mark removed', async () => {
    const admin = await w.login('admin');
    const decider = await w.login('decider');
    // a 60 × 60 pure red square, made with pngjs
    const red = new PNG({ width: 60, height: 60 });
    for (let i = 0; i < red.data.length; i += 4) red.data.set([255, 0, 0, 255], i);
    const upload = (kind: string, cookie: string, name: string, content: Buffer) => {
      const boundary = '----mark';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return w.app.inject({
        method: 'POST',
        url: `/api/certificate-marks/${kind}`,
        headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    };
    const png = PNG.sync.write(red);
    const damaged = Buffer.from(png);
    damaged.fill(0x41, 60, damaged.length - 20);
    expect((await upload('certification', decider, 'mark.png', png)).statusCode).toBe(403);
    for (const [name, content] of [
      ['mark.png', Buffer.from('not an image at all')],
      ['mark.pdf', Buffer.from('%PDF-1.7\n%%EOF\n')],
      // the PNG signature and nothing a PNG needs after it
      ['mark.png', Buffer.concat([png.subarray(0, 8), Buffer.alloc(64)])],
      // a whole PNG whose pixel data is damaged: its header reads, its pixels do not (this one took the server down)
      ['mark.png', damaged],
    ] as const) {
      const refused = await upload('certification', admin, name, content);
      expect(refused.statusCode, name).toBe(415);
      expect(refused.json().code).toBe('CERTIFICATE.MARK_NOT_AN_IMAGE');
    }
    expect((await upload('certification', admin, '认证标志.png', png)).statusCode).toBe(201);
    const marks = (await w.app.inject({ method: 'GET', url: '/api/certificate-marks', headers: { cookie: decider } })).json();
    expect(marks).toMatchObject([{ kind: 'certification', fileName: '认证标志.png', uploadedBy: '用户 admin' }]);

    const cert = await grantSystem(w, decider, w.huaxin, 'OHSMS', 'CD26-S0009R0M', '2026-03-02');
    const file = await pdfOf(cert.id, decider);
    expect(imagesIn(file)).toBe(1);
    // the mark is drawn top left: red there, nowhere on the right
    const prefix = path.join(dir, 'marked');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, prefix]);
    const page = PNG.sync.read(
      readFileSync(
        readdirSync(dir)
          .map((f) => path.join(dir, f))
          .find((f) => f.startsWith(prefix))!,
      ),
    );
    const redAt = (x0: number, x1: number) => {
      let n = 0;
      for (let y = 0; y < page.height / 4; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * page.width + x) * 4;
          if (page.data[i]! > 200 && page.data[i + 1]! < 60 && page.data[i + 2]! < 60) n++;
        }
      return n;
    };
    expect(redAt(0, page.width / 3)).toBeGreaterThan(200);
    expect(redAt((page.width * 2) / 3, page.width)).toBe(0);

    // a damaged mark already in the store (from before this check) is left out of the certificate, which still prints
    await w.db.insert(storedFiles).values({
      entity: MARK_ENTITY,
      entityId: markRecord.accreditation,
      fileName: 'damaged.png',
      contentType: 'image/png',
      size: damaged.length,
      sha256: 'x',
      content: damaged,
      uploadedBy: '旧版本',
    });
    expect(imagesIn(await pdfOf(cert.id, decider))).toBe(1);
    await w.db.delete(storedFiles).where(eq(storedFiles.fileName, 'damaged.png'));

    const removed = await w.app.inject({ method: 'DELETE', url: '/api/certificate-marks/certification', headers: { cookie: admin } });
    expect(removed.statusCode).toBe(204);
    expect(
      (await w.app.inject({ method: 'DELETE', url: '/api/certificate-marks/certification', headers: { cookie: admin } })).statusCode,
    ).toBe(404);
    const plain = await pdfOf(cert.id, decider);
    expect(imagesIn(plain)).toBe(0);

    // the administrator's uploads and removal, in words in the audit log
    const log = (await w.app.inject({ method: 'GET', url: '/api/audit-log?entity=certificate_mark', headers: { cookie: admin } })).json();
    expect(log.items.map((e: { actionLabel: { zh: string } }) => e.actionLabel.zh).sort()).toEqual(['上传', '删除']);
  });
  it('prints the accreditation mark and number only on a certificate of an accredited field', async () => {
    const admin = await w.login('admin');
    const decider = await w.login('decider');
    const blue = new PNG({ width: 40, height: 40 });
    for (let i = 0; i < blue.data.length; i += 4) blue.data.set([0, 0, 255, 255], i);
    const boundary = '----acc';
    const uploaded = await w.app.inject({
      method: 'POST',
      url: '/api/certificate-marks/accreditation',
      headers: { cookie: admin, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="认可标志.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        PNG.sync.write(blue),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const set = await w.app.inject({
      method: 'POST',
      url: '/api/accreditations/QMS',
      headers: { cookie: admin },
      payload: {
        bodyNameZh: '中国合格评定国家认可委员会',
        bodyNameEn: 'China National Accreditation Service for Conformity Assessment',
        bodyAcronym: 'CNAS',
        symbolCode: '01',
        accreditationNo: 'CNAS C123-M',
      },
    });
    expect(set.statusCode, set.body).toBe(201);

    const accredited = await pdfOf((await grantSystem(w, decider, w.huaxin, 'QMS', 'CD26-Q0011R0M', '2026-03-02')).id, decider);
    expect(imagesIn(accredited)).toBe(1);
    expect(pdfPages(accredited)[0]).toContain('CNAS C123-M');
    // EMS holds no accreditation: neither the mark nor the number
    const unaccredited = await pdfOf((await grantSystem(w, decider, w.huaxin, 'EMS', 'CD26-E0012R0M', '2026-03-02')).id, decider);
    expect(imagesIn(unaccredited)).toBe(0);
    expect(pdfPages(unaccredited)[0]).not.toContain('CNAS C123-M');
    expect(overlappingWords(wordBoxes(readFileSync(accredited)))).toEqual([]);
  });
});
