import { describe, expect, it } from 'vitest';
import { normaliseCompanyName } from './company-name.js';

describe('company-name key', () => {
  it.each([
    ['北京华信电子科技有限公司', '华信电子科技'],
    ['华信电子科技有限公司', '华信电子科技'],
    ['华信电子科技', '华信电子科技'],
    ['北京市华信电子科技有限责任公司', '华信电子科技'],
    ['广东省深圳市华为技术有限公司', '华为技术'],
    ['华为技术（深圳）有限公司', '华为技术'],
    ['华为技术(深圳)有限公司', '华为技术'],
    ['海尔集团', '海尔'],
    ['青岛海尔股份有限公司', '海尔'],
    ['ＡＢＣ 科技有限公司', 'abc科技'],
    ['廣東華為技術有限公司', '华为技术'],
    ['内蒙古伊利实业集团股份有限公司', '伊利实业集团'],
    ['黑龙江省北大荒农业股份有限公司', '北大荒农业'],
  ])('%s → %s', (raw, key) => {
    expect(normaliseCompanyName(raw)).toBe(key);
  });

  it('does not strip a place name that is the whole name', () => {
    expect(normaliseCompanyName('北京有限公司')).toBe('北京');
    expect(normaliseCompanyName('上海')).toBe('上海');
  });

  it('keeps a branch suffix, which names a different organisation', () => {
    expect(normaliseCompanyName('华信电子科技有限公司上海分公司')).toBe('华信电子科技有限公司上海分');
  });
});
