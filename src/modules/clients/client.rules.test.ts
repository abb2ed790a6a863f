import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import {
  clientSearchText,
  formerNameFound,
  normaliseSearchTerm,
  phoneProblem,
  placeInSearchTerm,
  postcodeProblem,
  searchTextBigrams,
  splitList,
  usccFieldProblem,
} from './client.rules.js';
import { parseDateCell } from './client.xlsx.js';

describe('client field rules', () => {
  it.each([
    '13800138000',
    '+86 138 0013 8000',
    '010-62345678',
    '0755-12345678-801',
    '02162345678',
    '400-820-8820',
    '+86 10 8888 9999',
    '+86-755-12345678',
    '(+86) 21 6234 5678',
    '+86-10-8888-9999',
    '0086 10 88889999',
    '010-8888-9999',
  ])('accepts the phone number %s', (p) => {
    expect(phoneProblem(p)).toBeNull();
  });

  it.each(['12345', '1380013800', '23800138000', 'abc', '010-123', '+86 1 2345', '10 8888 9999'])('refuses the phone number %s', (p) => {
    expect(phoneProblem(p)).toBe('PHONE');
  });

  it('wants six-digit postcodes', () => {
    expect(postcodeProblem('100080')).toBeNull();
    expect(postcodeProblem('10008')).toBe('POSTCODE');
    expect(postcodeProblem('1000800')).toBe('POSTCODE');
  });

  it('names what is wrong with a credit code', () => {
    expect(usccFieldProblem('91330100716105852F')).toBeNull();
    expect(usccFieldProblem('91330100716105852E')).toBe('USCC_CHECK_DIGIT');
    expect(usccFieldProblem('9133010071610585')).toBe('USCC_LENGTH');
  });

  it('lets pinyin initials, full pinyin and former names find a client', () => {
    const text = clientSearchText({
      name: '北京华信电子科技有限公司',
      formerNames: ['重庆长安厂'],
      uscc: '91110108726570838C',
      contractNo: 'HT-2023-0001',
      certificateNos: ['CD23SC1001R0M'],
    });
    for (const typed of ['bjhx', 'BJHX', 'beijinghuaxin', '华信', '91110108', 'ht-2023', 'cd23sc', '长安', 'changan']) {
      expect(text).toContain(normaliseSearchTerm(typed));
    }
    expect(text).not.toContain('shanghai');
  });

  it('reads full pinyin and initials as pinyin-pro reads them in full and by first letter (digits, Latin letters, brackets, polyphones)', () => {
    for (const name of [
      '苏州金鼎精密机械1有限责任公司',
      '北京ABC华信电子科技有限公司',
      '重庆长安汽车股份有限公司',
      '绿色吕梁女装(厦门)有限公司',
      '单县行长银行',
    ]) {
      const options = { toneType: 'none', separator: '', nonZh: 'consecutive', v: true } as const;
      const [, full, initials] = clientSearchText({ name, formerNames: [], uscc: '', contractNo: '', certificateNos: [] }).split(' ');
      expect(full).toBe(pinyin(name, options).toLowerCase());
      expect(initials).toBe(pinyin(name, { ...options, pattern: 'first' }).toLowerCase());
    }
  });

  it('finds a name typed in traditional characters and a number typed full-width or with other separators (issue 19)', () => {
    const text = clientSearchText({
      name: '杭州海纳机械制造有限公司',
      formerNames: ['杭州海纳五金机械厂'],
      uscc: '91330100716105852F',
      contractNo: 'HT/2023/0007',
      certificateNos: ['CD23SC1002R0M', 'CD-23-Q-0451'],
    });
    for (const typed of [
      '杭州海納機械製造有限公司',
      '海納機械製造',
      '海納五金機械廠',
      'ＣＤ２３ＳＣ１００２Ｒ０Ｍ',
      'CD23-SC1002R0M',
      'cd23 sc1002 r0m',
      'cd23q0451',
      'CD-23-Q',
      'ht2023',
      'HT-2023-0007',
    ]) {
      expect(text).toContain(normaliseSearchTerm(typed));
    }
    expect(text).not.toContain(normaliseSearchTerm('海納機械製造有限責任公司'));
  });

  it('takes a leading place off a search term, so that its company can be ranked first', () => {
    expect(placeInSearchTerm('北京华信')).toEqual({ place: '北京', rest: '华信' });
    expect(placeInSearchTerm('遵義博遠精密機械')).toEqual({ place: '遵义', rest: '博远精密机械' });
    expect(placeInSearchTerm('华信')).toBeNull();
    expect(placeInSearchTerm('北京')).toBeNull();
    expect(placeInSearchTerm('cd23sc1002')).toBeNull();
  });

  it('names the former name a search found a client by, only when the current name does not hold the term', () => {
    const c = { name: '上海信诚智能科技有限公司', formerNames: ['上海华信电子科技有限公司', '上海信诚电子厂'] };
    expect(formerNameFound(c, '華信電子')).toBe('上海华信电子科技有限公司');
    expect(formerNameFound(c, '上海华信')).toBe('上海华信电子科技有限公司');
    expect(formerNameFound(c, '信诚')).toBeNull();
    expect(formerNameFound(c, '华润')).toBeNull();
    expect(formerNameFound(c, 'CD23-SC1002')).toBeNull();
  });

  it('splits lists typed with Chinese or Latin separators', () => {
    expect(splitList('19.05.01；29.10.02、33.02.00, 18.01.01')).toEqual(['19.05.01', '29.10.02', '33.02.00', '18.01.01']);
  });

  it('reads dates as staff type them in Excel', () => {
    expect(parseDateCell('2024/3/5')).toBe('2024-03-05');
    expect(parseDateCell('2024年3月5日')).toBe('2024-03-05');
    expect(parseDateCell('2024.03.05')).toBe('2024-03-05');
    expect(parseDateCell('March 5')).toBe('March 5');
    // Excel's own day numbers (a date cell without its date format), checked against Excel's =TEXT(n,"yyyy-mm-dd")
    expect(parseDateCell('45356')).toBe('2024-03-05');
    expect(parseDateCell('36526')).toBe('2000-01-01');
    expect(parseDateCell('4535')).toBe('4535');
  });
});

describe('the character pairs of a search text', () => {
  it('holds every pair of adjacent Chinese characters, and nothing else', () => {
    const text = clientSearchText({
      name: '北京華信 电子',
      formerNames: ['京信'],
      uscc: '91110108MA00A0001X',
      contractNo: 'HT-1',
      certificateNos: [],
    });
    expect(searchTextBigrams(text).sort()).toEqual(['京信', '信电', '北京', '华信', '电子', '京华'].sort());
    expect(searchTextBigrams('abc 华 信')).toEqual([]);
  });
});
