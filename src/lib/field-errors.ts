/** Per-field problems, as shown beside a form field or an import row. */
export const fieldErrorCatalog = {
  REQUIRED: { zh: '必填', en: 'is required' },
  TOO_LONG: { zh: '过长', en: 'is too long' },
  INVALID: { zh: '格式不正确', en: 'has an invalid format' },
  USCC_LENGTH: { zh: '统一社会信用代码应为 18 位', en: 'a unified social credit code has 18 characters' },
  USCC_CHARACTERS: {
    zh: '统一社会信用代码含有不允许的字符（不含 I、O、S、V、Z）',
    en: 'the unified social credit code has characters that are not allowed (no I, O, S, V, Z)',
  },
  USCC_REGION: {
    zh: '统一社会信用代码第 3–8 位应为行政区划码（数字）',
    en: 'characters 3–8 of the credit code must be a region code (digits)',
  },
  USCC_CHECK_DIGIT: { zh: '统一社会信用代码校验位错误', en: 'the check character of the unified social credit code is wrong' },
  DATE: { zh: '日期无效，应为 YYYY-MM-DD', en: 'is not a valid date (YYYY-MM-DD)' },
  DATE_RANGE: { zh: '结束日期不能早于开始日期', en: 'the end of the range is before its start' },
  PHONE: { zh: '电话号码格式不正确', en: 'is not a valid phone number' },
  EMAIL: { zh: '电子邮箱格式不正确', en: 'is not a valid e-mail address' },
  POSTCODE: { zh: '邮政编码应为 6 位数字', en: 'a postcode has 6 digits' },
  NUMBER: { zh: '应为不小于 0 的数字', en: 'must be a number not below 0' },
  MONEY: {
    zh: '金额应在 0 至 9,999,999,999.99 元之间，最多两位小数',
    en: 'must be an amount from 0 to 9,999,999,999.99 with at most two decimals',
  },
  NOT_AN_AMOUNT: { zh: '应为金额（数字，如 12000 或 12,000.50）', en: 'must be an amount (a number such as 12000 or 12,000.50)' },
  ENUM: { zh: '不是允许的取值', en: 'is not one of the allowed values' },
  SERVICE_AREA_CODE: { zh: '服务认证所属领域代码应为 1–3 位数字或字母', en: 'a service area code has 1 to 3 digits or letters' },
  IDENTITY_BOTH: { zh: '证件类型与证件号码须同时填写', en: 'give both the identity document type and its number' },
  RESIDENT_ID: {
    zh: '居民身份证号码应为 18 位且校验位正确',
    en: 'a resident identity card number has 18 characters and a valid check character',
  },
  COUNT: { zh: '应为不小于 0 的整数', en: 'must be a whole number not below 0' },
  NOT_A_COUNT: { zh: '应为人数（整数，如 120）', en: 'must be a number of people (a whole number such as 120)' },
  INDUSTRY_CODE: {
    zh: '国民经济行业代码应为 GB/T 4754 的 4 位小类代码（如 3990），多个用分号分隔',
    en: 'an industry code is a 4-digit GB/T 4754 class (such as 3990); separate several with semicolons',
  },
  ENUM_OF: { zh: '应为以下之一：{values}', en: 'must be one of: {values}' },
  BOOLEAN: { zh: '应为 是/否', en: 'must be yes or no' },
  BRANCH_UNKNOWN: { zh: '分支机构不存在', en: 'no such branch' },
  BRANCH_CLOSED: { zh: '该分支机构已停用', en: 'this branch is deactivated' },
  BRANCH_OUT_OF_SCOPE: { zh: '不能导入到您所属分支机构以外', en: 'is outside your branch' },
  DUPLICATE_IN_FILE: { zh: '与文件中第 {row} 行重复', en: 'repeats row {row} of the file' },
  USCC_TAKEN: { zh: '该统一社会信用代码已属于其他客户', en: 'this credit code belongs to another client' },
  CHANGED_SINCE_PREVIEW: { zh: '该客户在预览之后被修改或删除', en: 'this client was changed or removed after the preview' },
  CHANGED_SINCE_PREVIEW_BY: {
    zh: '该客户在预览之后由 {who} 修改（{fields}）；以系统中的现值为准重新上传',
    en: 'this client was changed by {who} after the preview ({fields}); upload again against the current data',
  },
  CONTRACT_NO_TAKEN: { zh: '该合同编号已属于其他客户', en: 'this contract number belongs to another client' },
  CERTIFIED_SINCE_PREVIEW: {
    zh: '该客户在预览之后取得了有效证书，名称变更须通过合同变更办理',
    en: 'this client has held a live certificate since the preview: a new name is a contract change',
  },
  NOT_EDITABLE: { zh: '不能在此修改', en: 'cannot be changed here' },
  STATUS_BY_RECORD: {
    zh: '客户状态须在客户维护中登记异常/流失及其原因，不能直接修改',
    en: 'is changed by recording the abnormal or lost client with its cause, not edited directly',
  },
  NEW_CLIENT_STARTS_ACTIVE: {
    zh: '新客户以“正常”状态建立；异常/流失请在导入后于客户维护中登记，并写明原因',
    en: 'a new client starts active; record it as abnormal or lost with its cause in client care after the import',
  },
  GRADE_BY_CLASSIFICATION: { zh: '分类等级由客户分类评价得出，不能直接填写', en: 'is computed by the client classification, not typed' },
  CERTIFICATE_NOS_FROM_CERTIFICATES: {
    zh: '证书编号取自该客户的证书记录，不能直接填写',
    en: "comes from the client's certificates, not typed",
  },
  SURVEILLANCE_FROM_AUDITS: {
    zh: '实际监督日期取自最近一次已完成的监督审核，不能直接填写',
    en: 'comes from the last surveillance audit held, not typed',
  },
  LOST_CLIENT_VIP: {
    zh: '流失客户不能设为 VIP（如已恢复合作，请先在客户维护中登记恢复正常）',
    en: 'a lost client cannot be made a VIP (record it back to active in client care first)',
  },
  CANNOT_CLEAR: { zh: '必填项不能清空', en: 'is required and cannot be cleared' },
  STAR_LEVEL_BY_ASSESSMENT: {
    zh: '星级只能由已完成的售后服务评价（GB/T 27922）经认证决定给出',
    en: 'a star level comes only from a concluded GB/T 27922 assessment and its certification decision',
  },
  NAME_BY_CONTRACT_CHANGE: {
    zh: '名称变更须通过合同变更办理（客户名称与证书一并变更）',
    en: 'a new name is a contract change, which renames the client and reissues the certificate together',
  },
  SCOPE_BY_CONTRACT_CHANGE: {
    zh: '认证范围变更须通过合同变更办理：扩大范围须经审核通过后由认证决定人员批准，缩小范围由认证决定人员决定',
    en: 'a scope change is a contract change: an extension is granted by a decision-maker after an audit held and passed, a reduction is decided by a decision-maker',
  },
} as const;

export type FieldErrorCode = keyof typeof fieldErrorCatalog;

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: { zh: string; en: string };
  /** in an import: the cell as read */
  value?: string;
}

type Param = string | number | { zh: string; en: string };

export function fieldError(field: string, code: FieldErrorCode, params: Record<string, Param> = {}): FieldError {
  const fill = (t: string, lang: 'zh' | 'en') =>
    t.replace(/\{(\w+)\}/g, (w, n: string) => {
      const p = params[n];
      return p === undefined ? w : typeof p === 'object' ? p[lang] : String(p);
    });
  const entry = fieldErrorCatalog[code];
  return { field, code, message: { zh: fill(entry.zh, 'zh'), en: fill(entry.en, 'en') } };
}

/** An import row's field errors, each with its cell as read (a field the file has no cell for stays as it is). */
export function withCellValues(errors: readonly FieldError[], cells: Readonly<Partial<Record<string, string>>>): FieldError[] {
  return errors.map((e) => {
    const value = cells[e.field];
    return value === undefined ? e : { ...e, value };
  });
}

/**
 * A schema issue → a field error. Our Zod schemas put a field-error code in the issue's
 * message (`{ message: 'PHONE' }`); other issues get a generic code from their kind.
 */
export function issueToFieldError(issue: { field: string; kind: string; message: string; inputMissing: boolean }): FieldError {
  // a field not given at all is missing, whatever its schema says of a wrong value (a branch not given is not an unknown branch)
  const code: FieldErrorCode =
    issue.kind === 'invalid_type' && issue.inputMissing
      ? 'REQUIRED'
      : issue.message in fieldErrorCatalog
        ? (issue.message as FieldErrorCode)
        : issue.kind === 'invalid_value'
          ? 'ENUM'
          : 'INVALID';
  return fieldError(issue.field, code);
}
