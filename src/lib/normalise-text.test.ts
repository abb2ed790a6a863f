import { describe, expect, it } from 'vitest';
import { compactNumber, looksLikeNumber, normaliseText } from './normalise-text.js';

// names typed by hand, not drawn from OpenCC's tables: what people write in traditional characters
describe('normaliseText', () => {
  it.each([
    ['杭州海納機械製造有限公司', '杭州海纳机械制造有限公司'],
    ['宁波華騰精密儀器製造有限公司', '宁波华腾精密仪器制造有限公司'],
    ['重慶銳博紡織有限责任公司', '重庆锐博纺织有限责任公司'],
    ['臺灣積體電路製造股份有限公司', '台湾积体电路制造股份有限公司'],
    ['瀋陽鐵西區重型機床廠', '沈阳铁西区重型机床厂'],
    ['廣州華僑醫藥貿易', '广州华侨医药贸易'],
    ['鄭州輕工業機械', '郑州轻工业机械'],
    ['深圳市騰訊計算機系統', '深圳市腾讯计算机系统'],
    // Hong Kong and Taiwan variants of one character
    ['香港衞生', '香港卫生'],
    ['台灣', '台湾'],
    // already simplified, and mixed
    ['北京华信电子科技有限公司', '北京华信电子科技有限公司'],
    ['北京華信电子科技', '北京华信电子科技'],
  ])('%s → %s', (typed, simplified) => {
    expect(normaliseText(typed)).toBe(simplified);
  });

  it('folds full-width letters, digits, brackets and the ideographic space, and lower-cases', () => {
    expect(normaliseText('ＣＤ２３ＳＣ１００２Ｒ０Ｍ')).toBe('cd23sc1002r0m');
    expect(normaliseText('博远精密机械（遵义）有限公司')).toBe('博远精密机械(遵义)有限公司');
    expect(normaliseText('华信【北京】')).toBe('华信(北京)');
    expect(normaliseText('华信\u3000电子')).toBe('华信 电子');
    expect(normaliseText('ABC Ltd.')).toBe('abc ltd.');
  });

  it('is idempotent, and the normalised part of a name is part of the normalised name (what LIKE relies on)', () => {
    const name = '杭州海納機械製造有限公司';
    expect(normaliseText(normaliseText(name))).toBe(normaliseText(name));
    expect(normaliseText(name)).toContain(normaliseText('海納機械製造'));
    expect(normaliseText(name)).toContain(normaliseText('納機'));
  });

  it('leaves characters without a simplified form as they are', () => {
    expect(normaliseText('㐀𠀀α')).toBe('㐀𠀀α');
  });
});

describe('numbers', () => {
  it.each([['CD23-SC1002R0M'], ['cd23 sc1002 r0m'], ['ＣＤ２３ＳＣ１００２Ｒ０Ｍ'], ['CD23/SC1002.R0M'], [' cd23_sc1002r0m ']])(
    '%s → CD23SC1002R0M',
    (typed) => {
      expect(compactNumber(typed)).toBe('CD23SC1002R0M');
      expect(looksLikeNumber(typed)).toBe(true);
    },
  );

  it.each([['华信'], ['bjhx'], ['beijinghuaxin'], ['华信2号'], ['']])('%s is no number', (typed) => {
    expect(looksLikeNumber(typed)).toBe(false);
  });
});
