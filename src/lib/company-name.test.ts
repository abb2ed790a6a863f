import { describe, expect, it } from 'vitest';
import { cityIn, normaliseCompanyName, parseCompanyName, placesAgree, placesIn } from './company-name.js';

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

describe('company-name parts', () => {
  it.each([
    ['广东省深圳市华为技术有限公司', '华为技术', ['广东', '深圳'], null],
    ['华为技术（深圳）有限公司', '华为技术', ['深圳'], null],
    ['華為技術有限公司', '华为技术', [], null],
    ['华信电子科技有限公司上海分公司', '华信电子科技', [], '上海'],
    ['北京华信电子科技有限公司 朝阳营业部', '华信电子科技', ['北京'], '朝阳'],
    ['宁波永盛物流股份有限公司', '永盛物流', ['宁波'], null],
  ])('%s', (raw, key, places, branch) => {
    expect(parseCompanyName(raw)).toEqual({ key, places, branch });
  });

  it('finds the places of an address', () => {
    expect(placesIn('浙江省宁波市鄞州区')).toEqual(expect.arrayContaining(['浙江', '宁波']));
    expect(placesIn('no place here')).toEqual([]);
  });

  it.each([
    [['深圳'], ['深圳'], 'same'],
    [['广东'], ['深圳'], 'same'],
    [['广东', '深圳'], ['广州'], 'different'],
    [['深圳'], ['宁波'], 'different'],
    [['浙江'], ['宁波', '浙江'], 'same'],
    [[], ['宁波'], 'unknown'],
  ] as const)('places %j and %j: %s', (a, b, verdict) => {
    expect(placesAgree(a, b)).toBe(verdict);
  });
});

describe('the city of an address', () => {
  it.each([
    ['广东省深圳市南山区科技园', '深圳'],
    ['北京市海淀区中关村大街1号', '北京'],
    ['浙江省某县', null],
  ])('%s → %s', (address, city) => {
    expect(cityIn(address)).toBe(city);
  });
});
