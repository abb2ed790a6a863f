import { AppError } from '../../lib/errors.js';
import type { CertificationField } from '../certificates/certificate.rules.js';

/** What the administrator enters for one accredited field. */
export interface AccreditationInput {
  bodyNameZh: string;
  bodyNameEn: string;
  bodyAcronym: string;
  symbolCode: string;
  accreditationNo: string;
}

/** An accreditation as certificates, CertSearch and the CNCA report read it. */
export interface Accreditation extends AccreditationInput {
  field: CertificationField;
}

/** Which accreditation, if any, a certificate of this field carries. */
export type AccreditationsByField = Partial<Record<CertificationField, Accreditation>>;

const words = {
  bodyNameZh: { zh: '认可机构中文名称', en: 'accreditation body’s Chinese name' },
  bodyNameEn: { zh: '认可机构英文名称', en: 'accreditation body’s English name' },
  bodyAcronym: { zh: '认可机构简称', en: 'accreditation body’s acronym' },
  symbolCode: { zh: '认可标志代码', en: 'accreditation mark code' },
  accreditationNo: { zh: '认可证书号', en: 'accreditation number' },
} as const satisfies Record<keyof AccreditationInput, { zh: string; en: string }>;

// IAF CertSearch takes 300 characters of a name; the CNCA report 100 of the number (REGISTATION_NUM) and of the code (ACC_SYMBOL)
export const ACCREDITATION_LIMITS = {
  bodyNameZh: 300,
  bodyNameEn: 300,
  bodyAcronym: 45,
  symbolCode: 2,
  accreditationNo: 100,
} as const satisfies Record<keyof AccreditationInput, number>;

/** Trims what was entered and refuses what CertSearch or the CNCA report could not take. */
export function cleanAccreditation(input: AccreditationInput): AccreditationInput {
  const out = {} as AccreditationInput;
  for (const key of Object.keys(words) as (keyof AccreditationInput)[]) {
    const value = input[key].trim().replace(/\s+/g, ' ');
    if (!value) throw new AppError('ACCREDITATION.REQUIRED', { what: words[key] });
    if (key !== 'symbolCode' && value.length > ACCREDITATION_LIMITS[key])
      throw new AppError('ACCREDITATION.TOO_LONG', { what: words[key], max: ACCREDITATION_LIMITS[key] });
    out[key] = value;
  }
  if (!/^\d{2}$/.test(out.symbolCode)) throw new AppError('ACCREDITATION.SYMBOL_CODE');
  return out;
}
