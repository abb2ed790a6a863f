/** An amount as staff read it everywhere: 12,000.00 (the unit 元 is in the column's label). */
export function formatMoney(value: number, lang: string): string {
  return value.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
