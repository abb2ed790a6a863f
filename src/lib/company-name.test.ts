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

// names typed by hand for the kinds of variant in issue 19, none drawn from the division list or OpenCC's tables
describe('places from the national division list', () => {
  it.each([
    // a prefecture-level city outside the old hand list, in brackets (half- and full-width) or leading
    ['博远精密机械(遵义)有限公司', '博远精密机械', ['遵义']],
    ['博远精密机械（遵义）有限公司', '博远精密机械', ['遵义']],
    ['遵义博远精密机械有限公司', '博远精密机械', ['遵义']],
    ['遵义市博远精密机械有限公司', '博远精密机械', ['遵义']],
    // traditional characters and a municipality
    ['重慶銳博紡織有限责任公司', '锐博纺织', ['重庆']],
    ['重庆锐博纺织有限公司', '锐博纺织', ['重庆']],
    // province, city, district
    ['贵州省遵义市汇川区明德仪表有限公司', '明德仪表', ['贵州', '遵义', '汇川']],
    ['遵义汇川明德仪表有限公司', '明德仪表', ['遵义', '汇川']],
    // an autonomous prefecture by its short form and in full
    ['延边华信有限公司', '华信', ['延边']],
    ['延边朝鲜族自治州华信有限公司', '华信', ['延边']],
    // a county-level city used as a prefix
    ['昆山华信电子有限公司', '华信电子', ['昆山']],
    // a county written in full, whose short form would be one character
    ['忠县明德仪表有限公司', '明德仪表', ['忠县']],
  ])('%s → %s in %j', (raw, key, places) => {
    expect(parseCompanyName(raw)).toEqual({ key, places, branch: null });
  });

  it.each([
    // a place the list does not know: a leading XX区/XX市, or a short token in brackets
    ['临港区明德仪表有限公司', '明德仪表', ['临港']],
    ['明德仪表(临港)有限公司', '明德仪表', ['临港']],
    ['明德仪表（浦江口）有限公司', '明德仪表', ['浦江口']],
  ])('an unlisted place: %s → %s in %j', (raw, key, places) => {
    expect(parseCompanyName(raw)).toEqual({ key, places, branch: null });
  });

  it.each([
    // one character left by a short form is no place: 忠 of 忠县
    ['忠信电子有限公司', '忠信电子'],
    // a district's short form alone is a word (长安区, 汇川区)
    ['长安汽车股份有限公司', '长安汽车'],
    ['汇川明德仪表有限公司', '汇川明德仪表'],
    // a brand word that is also a city's short form
    ['东方电气股份有限公司', '东方电气'],
    ['朝阳华信有限公司', '朝阳华信'],
    // a county-level city's short form before a bare trade word is the brand (新乐市 exists)
    ['新乐电梯有限公司', '新乐电梯'],
    // 市/区 ending a word is no place: 城市, 社区, 超市
    ['新城市置业有限公司', '新城市置业'],
    ['好社区服务有限公司', '好社区服务'],
    ['联华超市股份有限公司', '联华超市'],
    // brackets that hold no place
    ['明德仪表(集团)有限公司', '明德仪表'],
    ['华为技术(中国)有限公司', '华为技术'],
  ])('not a place: %s → %s', (raw, key) => {
    expect(parseCompanyName(raw).key).toBe(key);
  });

  it('reads a brand word or a district as a place when it is written out', () => {
    expect(parseCompanyName('东方市华信有限公司')).toMatchObject({ key: '华信', places: ['东方'] });
    expect(parseCompanyName('朝阳市华信有限公司')).toMatchObject({ key: '华信', places: ['朝阳'] });
    expect(parseCompanyName('长安区华信电子有限公司')).toMatchObject({ key: '华信电子', places: ['长安'] });
    expect(parseCompanyName('新乐市电梯有限公司')).toMatchObject({ key: '电梯', places: ['新乐'] });
  });

  it.each([
    [['吴江'], ['苏州'], 'same'],
    [['鄞州'], ['浙江'], 'same'],
    [['汇川'], ['贵州', '遵义'], 'same'],
    [['鄞州'], ['苏州'], 'different'],
    [['临港'], ['临港'], 'same'],
    // 鼓楼 lies in 南京, 福州 and 开封 alike
    [['鼓楼'], ['福州'], 'same'],
  ] as const)('places %j and %j: %s', (a, b, verdict) => {
    expect(placesAgree(a, b)).toBe(verdict);
  });

  it.each([
    ['贵州省遵义市汇川区大连路', '遵义'],
    ['广东省中山市东区', '中山'],
    // a street named after a city is no place
    ['江苏省苏州市中山路1号', '苏州'],
    ['重庆市渝中区解放碑', '重庆'],
    ['吉林省延边朝鲜族自治州延吉市', '延边'],
  ])('the city of %s is %s', (address, city) => {
    expect(cityIn(address)).toBe(city);
  });
});
