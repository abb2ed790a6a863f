import { describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../lib/uscc.js';
import {
  buildNameIndex,
  matchRiskItem,
  mentionsIn,
  nameSimilarity,
  nameWordsOf,
  PROPOSE_AT,
  type MatchableClient,
} from './risk.matcher.js';

const code = (first17: string) => first17 + usccCheckCharacter(first17);

const huawei: MatchableClient = {
  id: 'huawei',
  name: '深圳市华为技术有限公司',
  formerNames: ['深圳市华为通信设备有限公司'],
  uscc: code('91440300192203821'),
  province: '广东省',
  address: '广东省深圳市龙岗区坂田华为基地',
};
const yongsheng: MatchableClient = {
  id: 'yongsheng',
  name: '宁波永盛物流股份有限公司',
  formerNames: [],
  uscc: code('91330200MA2AH0001'),
  province: '浙江省',
  address: '浙江省宁波市北仑区',
};
const huaxin: MatchableClient = {
  id: 'huaxin',
  name: '华信电子科技有限公司',
  formerNames: [],
  uscc: code('91110108MA00A0001'),
  province: '北京市',
  address: '北京市海淀区中关村大街1号',
};
const index = buildNameIndex([huawei, yongsheng, huaxin]);
const top = (organisationNamed: string | null, text: string) => matchRiskItem({ organisationNamed, text }, index)[0];

describe('risk item matching: the ways a client is named', () => {
  it.each([
    ['广东省深圳市华为技术有限公司'],
    ['深圳华为技术有限公司'],
    ['华为技术有限公司'],
    ['华为技术（深圳）有限公司'],
    ['华为技术(深圳)有限公司'],
    ['華為技術有限公司'],
    ['华为技术 有限公司'],
    ['华为技术'],
  ])('the organisation named as %s', (named) => {
    expect(top(named, '产品抽检不合格')).toMatchObject({ clientId: 'huawei', reasons: ['SAME_NAME'] });
    expect(top(named, '')!.score).toBeGreaterThanOrEqual(PROPOSE_AT);
  });

  it('finds the company in free text, with the place it states scoring above one left unstated', () => {
    const stated = top(null, '近日，广东省市场监管局通报：深圳市华为技术有限公司生产的路由器抽检不合格。');
    const unstated = top(null, '近日，市场监管局通报：华为技术有限公司生产的路由器抽检不合格。');
    expect(stated).toMatchObject({ clientId: 'huawei', reasons: ['SAME_NAME'], matched: '深圳市华为技术有限公司' });
    expect(stated!.score).toBeGreaterThan(unstated!.score);
    expect(unstated!.clientId).toBe('huawei');
  });

  it('matches a branch to the certified company', () => {
    expect(top(null, '华为技术有限公司上海分公司发生安全事故')).toMatchObject({ clientId: 'huawei', reasons: ['BRANCH'] });
  });

  it('matches a former name', () => {
    expect(top('深圳市华为通信设备有限公司', '')).toMatchObject({ clientId: 'huawei', reasons: ['SAME_FORMER_NAME'] });
  });

  it('takes a credit code in the text as exact, whatever the name says', () => {
    const c = top(null, `某公司（统一社会信用代码：${huawei.uscc.toLowerCase()}）被处罚`);
    expect(c).toMatchObject({ clientId: 'huawei', score: 1, reasons: ['SAME_CREDIT_CODE'] });
  });

  it('ignores an 18-character string whose check character is wrong', () => {
    const wrong = huawei.uscc.slice(0, 17) + (huawei.uscc[17] === '0' ? '1' : '0');
    expect(mentionsIn({ text: `代码 ${wrong}` }).codes).toEqual([]);
  });

  it('does not propose the same brand in another city', () => {
    const c = top(null, '上海永盛物流有限公司因违规运输危险品被处罚');
    expect(c).toMatchObject({ clientId: 'yongsheng', reasons: ['SAME_NAME_OTHER_PLACE'] });
    expect(c!.score).toBeLessThan(PROPOSE_AT);
    expect(top(null, '浙江永盛物流有限公司因违规运输危险品被处罚')!.score).toBeGreaterThanOrEqual(PROPOSE_AT);
  });

  it('does not propose a different company that shares a word', () => {
    const c = top(null, '华信电子科技发展有限公司发生火灾');
    expect(c === undefined || c.score < PROPOSE_AT).toBe(true);
  });

  it('lists a close name below the proposal line', () => {
    const c = top('华为技术服务', '');
    expect(c).toMatchObject({ clientId: 'huawei', reasons: ['CLOSE_NAME'] });
    expect(c!.score).toBeLessThan(PROPOSE_AT);
  });

  it('finds nothing in an item about no client', () => {
    expect(matchRiskItem({ organisationNamed: '杭州某某食品有限公司', text: '杭州某某食品有限公司生产的月饼菌落总数超标' }, index)).toEqual(
      [],
    );
  });

  it('scores names by shared bigrams', () => {
    expect(nameSimilarity('华为技术', '华为技术')).toBe(1);
    expect(nameSimilarity('华为技术', '永盛物流')).toBe(0);
    expect(nameSimilarity('华信电子科技', '华信电子科技发展')).toBeCloseTo(10 / 12);
  });
});

// issue 19: names written by hand in the kinds of variant the matcher missed, not drawn from its tables
describe('risk item matching: traditional characters and places beyond the old list', () => {
  const client = (id: string, name: string, address: string, first17: string): MatchableClient => ({
    id,
    name,
    formerNames: [],
    uscc: code(first17),
    province: address.slice(0, 3),
    address,
  });
  const clients = [
    client('huateng', '宁波华腾精密仪器制造有限公司', '浙江省宁波市鄞州区', '91330212MA2AH0002'),
    client('ruibo', '重庆锐博纺织有限公司', '重庆市渝北区', '91500112MA5U00003'),
    client('boyuan', '遵义博远精密机械有限公司', '贵州省遵义市汇川区', '91520303MA6H00004'),
    client('mingde', '昆山明德仪表有限公司', '江苏省苏州市昆山市', '91320583MA1M00005'),
  ];
  const idx = buildNameIndex(clients);
  const best = (organisationNamed: string | null, text: string) => matchRiskItem({ organisationNamed, text }, idx)[0];

  it.each([
    ['宁波華騰精密儀器製造有限公司', 'huateng'],
    ['華騰精密儀器製造有限公司', 'huateng'],
    ['重慶銳博紡織有限责任公司', 'ruibo'],
    ['重慶市銳博紡織有限公司', 'ruibo'],
    ['博远精密机械(遵义)有限公司', 'boyuan'],
    ['博遠精密機械（遵義）有限公司', 'boyuan'],
    ['贵州省遵义市博远精密机械有限公司', 'boyuan'],
    ['明德仪表(昆山)有限公司', 'mingde'],
    ['江苏省昆山市明德儀表有限公司', 'mingde'],
  ])('proposes %s as %s, in the organisation named and in running text', (name, id) => {
    for (const found of [best(name, '抽检不合格'), best(null, `近日，${name}因产品质量抽检不合格被处罚。`)]) {
      expect(found?.clientId).toBe(id);
      expect(found!.score).toBeGreaterThanOrEqual(PROPOSE_AT);
    }
  });

  it.each([
    // the same brand in another city, in brackets, written out or in traditional characters
    ['博远精密机械(六盘水)有限公司'],
    ['毕节市博远精密机械有限公司'],
    ['紹興華騰精密儀器製造有限公司'],
    ['成都锐博纺织有限公司'],
  ])('proposes no one for %s, a namesake elsewhere', (name) => {
    const found = best(null, `近日，${name}因产品质量抽检不合格被处罚。`);
    expect(found === undefined || found.score < PROPOSE_AT).toBe(true);
  });
});

// issue 19 part 3: names in running text without their legal form; written by hand, not from the matcher's tables
describe('risk item matching: names in running text without a legal form', () => {
  const client = (id: string, name: string, province: string, address: string, first17: string): MatchableClient => ({
    id,
    name,
    formerNames: [],
    uscc: code(first17),
    province,
    address,
  });
  const idx = buildNameIndex([
    client('xinda', '赣州鑫达建设工程股份有限公司', '江西省', '江西省赣州市章贡区红旗大道8号', '91360702MA3A00011'),
    client('huaxin', '华信电子有限公司', '浙江省', '浙江省宁波市鄞州区', '91330212MA2A00012'),
    client('guihan', '圭汉信息技术（安康）有限公司', '陕西省', '陕西省安康市汉滨区', '91610902MA7A00013'),
    client('qingxi', '青溪县博源汽车配件有限公司', '贵州省', '贵州省遵义市青溪县工业园', '91520300MA6A00014'),
    client('juncai-bj', '俊才市政工程有限公司', '北京市', '北京市大兴区', '91110115MA0A00015'),
    client('juncai-hz', '俊才市政工程(杭州)股份有限公司', '浙江省', '浙江省杭州市余杭区', '91330110MA2A00016'),
  ]);
  const top = (text: string, organisationNamed: string | null = null) => matchRiskItem({ organisationNamed, text }, idx)[0];
  const proposed = (text: string) => {
    const found = top(text);
    return found && found.score >= PROPOSE_AT ? found.clientId : null;
  };

  it.each([
    ['媒体报道：赣州鑫达建设工程涉嫌违规排放废水', 'xinda'],
    ['网友反映鑫达建设工程在赣州的工地发生坍塌', 'xinda'],
    ['近日，华信电子被列入经营异常名录', 'huaxin'],
    ['记者获悉，宁波华信电子因未落实安全生产责任被罚款。', 'huaxin'],
  ])('reads %s as %s, below a full name', (text, id) => {
    const found = top(text)!;
    expect(found.clientId).toBe(id);
    expect(found.score).toBeGreaterThanOrEqual(PROPOSE_AT);
    expect(found.score).toBeLessThan(top(`据通报，${found.matched}有限公司涉嫌违规排放废水`)?.score ?? 1);
  });

  it.each([
    // another company whose name starts with a client's: 华信电子 is the start of 华信电子科技
    '媒体报道：华信电子科技涉嫌违规排放废水',
    '网友反映华信电子商务存在虚假宣传行为',
    // the same brand in another city
    '广州鑫达建设工程涉嫌违规排放废水',
    // inside a longer word, with nothing that starts a name before it
    '兴华信电子被列入经营异常名录',
  ])('proposes no one for %s', (text) => {
    expect(proposed(text)).toBeNull();
  });

  it.each([
    // user test: what follows a name is not always a word the matcher knows
    ['媒体报道：赣州鑫达建设工程近期多次发生安全事故', 'xinda'],
    ['据报道，宁波华信电子旗下工厂停产', 'huaxin'],
  ])('reads %s as %s when a time word or the like follows the name', (text, id) => {
    expect(proposed(text)).toBe(id);
  });

  it('lists, without proposing, a client whose name is followed by words that could go on with it', () => {
    for (const text of ['媒体报道：赣州鑫达建设工程集中采购中心招标违规', '网友反映华信电子科技园区噪音扰民']) {
      const found = top(text)!;
      expect(found).toMatchObject({ clientId: text.includes('鑫达') ? 'xinda' : 'huaxin', reasons: ['NAME_MAY_GO_ON'] });
      expect(found.score).toBeLessThan(PROPOSE_AT);
    }
  });

  it('ends such a name before two characters that are no word of client names, when told which are', () => {
    const isNameWord = (pair: string) => ['科技', '工程', '电子', '园区'].includes(pair);
    const told = (text: string) => matchRiskItem({ text }, idx, isNameWord)[0]!;
    expect(told('媒体报道：赣州鑫达建设工程车间发生火灾')).toMatchObject({ clientId: 'xinda', reasons: ['SAME_NAME'] });
    expect(told('媒体报道：赣州鑫达建设工程车间发生火灾').score).toBeGreaterThanOrEqual(PROPOSE_AT);
    expect(told('网友反映华信电子科技园区噪音扰民')).toMatchObject({ clientId: 'huaxin', reasons: ['NAME_MAY_GO_ON'] });
    expect(told('网友反映华信电子科技园区噪音扰民').score).toBeLessThan(PROPOSE_AT);
    // not told (a client base too small to tell): a hint
    expect(top('媒体报道：赣州鑫达建设工程车间发生火灾')!.score).toBeLessThan(PROPOSE_AT);
    expect(nameWordsOf(idx)).toBeUndefined();
  });

  it('reads a place the name parser takes for a brand word when it stands before the name (安康)', () => {
    expect(proposed('关于对安康圭汉信息技术股份有限公司的行政处罚决定书')).toBe('guihan');
    expect(proposed('关于对汉中圭汉信息技术有限公司的行政处罚决定书')).toBeNull();
  });

  it('shows each client the reason of its best evidence, not another company’s (an item naming two cities)', () => {
    const both = matchRiskItem({ text: '北京俊才市政工程有限公司与杭州俊才市政工程有限公司均被通报' }, idx);
    expect(both.map((c) => [c.clientId, c.reasons]).sort()).toEqual([
      ['juncai-bj', ['SAME_NAME']],
      ['juncai-hz', ['SAME_NAME']],
    ]);
  });

  it('places a client named after a county no list knows by its address, and reads 市政 as a word', () => {
    expect(proposed('近日，博源汽车配件（遵义）有限公司抽检不合格')).toBe('qingxi');
    expect(proposed('近日，博源汽车配件（绍兴）有限公司抽检不合格')).toBeNull();
    expect(top('关于对俊才市政工程（北京）有限公司的处罚')).toMatchObject({ clientId: 'juncai-bj', reasons: ['SAME_NAME'] });
  });

  it('lists namesakes without proposing one when the item does not say which, unless it writes one registered name out', () => {
    const both = matchRiskItem({ text: '网友反映俊才市政工程存在虚假宣传行为' }, idx);
    expect(both.map((c) => [c.clientId, c.reasons]).sort()).toEqual([
      ['juncai-bj', ['SAME_NAME_SEVERAL_CLIENTS']],
      ['juncai-hz', ['SAME_NAME_SEVERAL_CLIENTS']],
    ]);
    expect(both.every((c) => c.score < PROPOSE_AT)).toBe(true);
    expect(proposed('据通报，俊才市政工程(杭州)股份有限公司拒不整改')).toBe('juncai-hz');
    expect(proposed('据通报，俊才市政工程有限公司拒不整改')).toBe('juncai-bj');
    expect(proposed('据通报，俊才市政工程股份有限公司拒不整改')).toBeNull();
  });
});
