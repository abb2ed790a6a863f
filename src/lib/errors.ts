/**
 * One error type for every expected failure. The code is stable (clients and tests branch
 * on it); the catalog holds the HTTP status and the zh / en texts in one table.
 */
/** A parameter is the same in both languages (a code, a number) or given per language. */
type Params = Record<string, string | number | { zh: string; en: string }>;

interface CatalogEntry {
  status: number;
  zh: string;
  en: string;
}

export const errorCatalog = {
  'VALIDATION.FAILED': { status: 400, zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  'REQUEST.UNSUPPORTED_MEDIA': { status: 415, zh: '不支持的请求格式', en: 'Unsupported request format' },
  'REQUEST.TOO_LARGE': { status: 413, zh: '上传的文件过大', en: 'The uploaded file is too large' },
  'REQUEST.BODY_TOO_LARGE': { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  'REQUEST.UNSTORABLE_TEXT': {
    status: 400,
    zh: '输入有误：{field} 含有不能保存的字符（空字符或不完整的 Unicode 字符）',
    en: 'Invalid input: {field} holds a character that cannot be stored (a NUL byte or half a Unicode character)',
  },
  'REQUEST.TOO_DEEP': {
    status: 400,
    zh: '请求内容的嵌套超过 {max} 层',
    en: 'The request is nested more than {max} levels deep',
  },
  'REQUEST.BAD_URL': { status: 400, zh: '请求地址无效', en: 'The request URL is not valid' },
  'REQUEST.URL_TOO_LONG': { status: 414, zh: '请求地址过长', en: 'The request URL is too long' },
  'REQUEST.HEADERS_TOO_LARGE': { status: 431, zh: '请求头过大', en: 'The request headers are too large' },
  'REQUEST.TIMEOUT': { status: 408, zh: '请求超时', en: 'The request took too long' },
  'REQUEST.MALFORMED': { status: 400, zh: '请求格式错误', en: 'The request is malformed' },
  'REQUEST.BAD_MULTIPART': {
    status: 400,
    zh: '上传内容无法读取，请通过页面上的上传按钮重新上传文件',
    en: 'The upload cannot be read; upload the file again with the upload button',
  },
  'REQUEST.NO_FILE': { status: 400, zh: '请选择要上传的文件', en: 'Choose a file to upload' },
  'REFERENCE.NOT_FOUND': {
    status: 400,
    zh: '输入有误：{field} 指向的记录不存在',
    en: 'Invalid input: {field} names a record that does not exist',
  },
  'REQUEST.VALUE_NOT_STORABLE': {
    status: 400,
    zh: '输入有误：某个值超出允许的范围或格式不正确',
    en: 'Invalid input: a value is out of range or malformed',
  },
  'REQUEST.FOREIGN_ORIGIN': {
    status: 403,
    zh: '请求来自其他网站，已拒绝；请在 CertDesk 页面中操作',
    en: 'The request came from another site and was refused; please act from CertDesk itself',
  },
  'REQUEST.RATE_LIMITED': { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, please try again later' },
  'ROUTE.NOT_FOUND': { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  'AUTH.REQUIRED': { status: 401, zh: '请先登录', en: 'Please sign in' },
  'AUTH.INVALID_CREDENTIALS': { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  'AUTH.THROTTLED': {
    status: 429,
    zh: '登录失败次数过多，请 {minutes} 分钟后再试；忘记密码请联系系统管理员重置',
    en: 'Too many failed sign-ins, try again in {minutes} minutes; if you forgot your password, ask the administrator to reset it',
  },
  'AUTH.ADMIN_EXISTS': {
    status: 409,
    zh: '系统已有管理员账号；其他账号请由管理员在系统中创建',
    en: 'An administrator exists already; other accounts are created by an administrator in CertDesk',
  },
  'AUTH.USERNAME_INVALID': {
    status: 400,
    zh: '用户名为 2–50 个小写字母、数字或 . _ -，以字母或数字开头',
    en: 'A user name has 2–50 lower-case letters, digits or . _ -, starting with a letter or digit',
  },
  'AUTH.NAME_REQUIRED': { status: 400, zh: '请填写使用人的姓名', en: 'Give the person’s name' },
  'AUTH.USERNAME_TAKEN': { status: 409, zh: '用户名“{username}”已被使用', en: 'The user name "{username}" is taken' },
  'AUTH.PASSWORD_TOO_SHORT': { status: 400, zh: '密码至少 {min} 个字符', en: 'A password has at least {min} characters' },
  'AUTH.PASSWORD_IS_USERNAME': { status: 400, zh: '密码不能包含用户名', en: 'A password must not contain the user name' },
  'AUTH.PASSWORD_COMMON': {
    status: 400,
    zh: '该密码太容易被猜到（常用密码、重复或连续的字符、键盘上相邻的键），请换一个',
    en: 'This password is too easy to guess (a common password, repeated or sequential characters, neighbouring keys); choose another',
  },
  'AUTH.WRONG_CURRENT_PASSWORD': { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  'AUTH.PASSWORD_UNCHANGED': { status: 400, zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'AUTH.USER_DISABLED': { status: 403, zh: '该账号已停用', en: 'This account is disabled' },
  'AUTH.FORBIDDEN': { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'AUTH.PASSWORD_CHANGE_REQUIRED': {
    status: 403,
    zh: '请先修改管理员给您的一次性密码',
    en: 'First change the one-time password the administrator gave you',
  },
  'USER.NOT_FOUND': { status: 404, zh: '用户不存在', en: 'No such user' },
  'USER.PORTAL_NEEDS_CLIENT': {
    status: 400,
    zh: '获证组织的账号须指定所属组织，且不属于分支机构',
    en: 'A certified organisation’s account names its organisation and belongs to no branch',
  },
  'USER.STAFF_NO_CLIENT': {
    status: 400,
    zh: '认证机构人员的账号不能指定获证组织',
    en: 'A staff account cannot name a certified organisation',
  },
  'USER.ADMIN_NO_BRANCH': {
    status: 400,
    zh: '系统管理员管理全部分支机构，不能限定于一个分支机构',
    en: 'The administrator manages every branch and cannot be limited to one',
  },
  'USER.MANAGER_STAFF_ONLY': {
    status: 400,
    zh: '只有部门人员（综合管理部、客户服务部、审核管理部、质量技术部、认证决定人员）可以是部门负责人',
    en: 'Only a department’s staff (general administration, customer service, audit management, quality & technical, decision-makers) can be its manager',
  },
  'USER.NOT_YOURSELF': {
    status: 409,
    zh: '不能停用自己的账号或更改自己的角色；请由另一位管理员操作',
    en: 'You cannot disable your own account or change your own role; ask another administrator',
  },
  'USER.LAST_ADMIN': {
    status: 409,
    zh: '这是最后一个启用的系统管理员账号，不能停用或更改角色；请先创建另一位管理员',
    en: 'This is the last active administrator; create another before disabling it or changing its role',
  },
  'USER.ALREADY_ACTIVE': { status: 409, zh: '该账号已是启用状态', en: 'This account is active already' },
  'USER.ALREADY_DISABLED': { status: 409, zh: '该账号已停用', en: 'This account is disabled already' },
  'CONCURRENCY.ALREADY_CREATED': {
    status: 409,
    zh: '该记录刚由其他操作创建，未重复写入；请刷新后查看',
    en: 'This record was just created by another request and was not written twice; refresh to see it',
  },
  'CONCURRENCY.STALE_VERSION': {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  'CLIENT.NOT_FOUND': { status: 404, zh: '客户不存在', en: 'Client not found' },
  'CLIENT.DUPLICATE_USCC': {
    status: 409,
    zh: '统一社会信用代码 {uscc} 已属于其他客户',
    en: 'Unified social credit code {uscc} already belongs to another client',
  },
  'CLIENT.USCC_FORMERLY_ANOTHERS': {
    status: 409,
    zh: '统一社会信用代码 {uscc} 曾属于客户“{name}”，是同一组织，请在该客户下办理',
    en: 'Credit code {uscc} was that of “{name}” before a correction: it is the same organisation; work on that client',
  },
  'CLIENT.DISHONESTY_DATE_AHEAD': {
    status: 400,
    zh: '列入和移出名单的日期不能晚于今天（{today}）',
    en: 'A listing or removal cannot be dated after today ({today})',
  },
  'CLIENT.DISHONESTY_KEPT': {
    status: 409,
    zh: '严重违法失信名单的列入记录不能删除或改动：移出名单请填写移出日期',
    en: 'A serious-dishonesty listing is not erased or changed: record its removal date to end it',
  },
  'CLIENT.DUPLICATE_CONTRACT_NO': {
    status: 409,
    zh: '合同编号 {contractNo} 已存在',
    en: 'Contract number {contractNo} already exists',
  },
  'CLIENT.COLUMN_NOT_VISIBLE': {
    status: 403,
    zh: '您无权查看{columns}，不能按其筛选或排序',
    en: 'You may not see {columns}, so you cannot filter or sort by it',
  },
  'CLIENT.BRANCH_OUT_OF_SCOPE': {
    status: 403,
    zh: '不能把客户分配到您所属分支机构以外',
    en: 'You cannot assign a client to a branch other than your own',
  },
  'IMPORT.INVALID_ROWS': {
    status: 422,
    zh: '导入文件有 {count} 行错误，未写入任何数据',
    en: '{count} rows of the import file are invalid; nothing was written',
  },
  'IMPORT.UNREADABLE': {
    status: 400,
    zh: '无法读取该文件：请上传 Excel 工作簿（.xlsx）或 CSV 文件（.xls 等旧格式请先另存为 .xlsx）',
    en: 'Cannot read the file: upload an Excel workbook (.xlsx) or a CSV file (save older formats such as .xls as .xlsx first)',
  },
  'IMPORT.MISSING_COLUMNS': {
    status: 400,
    zh: '导入文件缺少列：{columns}',
    en: 'The import file lacks columns: {columns}',
  },
  'EXPORT.TOO_MANY_ROWS': {
    status: 400,
    zh: '筛选结果有 {total} 条，超过单次导出上限 {max} 条，请增加筛选条件',
    en: 'The filter matches {total} rows, more than the {max} one export can hold; narrow the filter',
  },
  'AUDIT_LOG.RANGE_REVERSED': {
    status: 400,
    zh: '起始日期 {from} 晚于截止日期 {to}，请调换或重新选择',
    en: 'The start date {from} is after the end date {to}; swap them or choose again',
  },
  'IMPORT.INFLATES_TOO_LARGE': {
    status: 413,
    zh: '该文件解压后超过 {limitMb} MB 或压缩比异常，不予读取；请检查文件，或分成几个文件导入',
    en: 'Unpacked, this file exceeds {limitMb} MB or is compressed suspiciously well; it is not read. Check it, or split it into several files',
  },
  'IMPORT.TOO_MANY_ROWS': {
    status: 413,
    zh: '导入文件超过 {max} 行，请分成几个文件导入',
    en: 'The file has more than {max} rows; split it into several files',
  },
  'IMPORT.CELL_TOO_LONG': {
    status: 422,
    zh: '导入文件第 {row} 行 {column} 列的内容超过 {max} 个字符，不是可导入的数据；文件未读取',
    en: 'Row {row}, column {column} of the file holds more than {max} characters, which no field takes; the file was not read',
  },
  'IMPORT.TEXT_RUN_TOO_LONG': {
    status: 422,
    zh: '文件中有超过 {max} 个字符的连续内容，不是可导入的表格；文件未读取',
    en: 'The file holds a run of more than {max} characters, which no table cell takes; the file was not read',
  },
  'IMPORT.TOO_MUCH_TEXT': {
    status: 413,
    zh: '导入文件的文字超过 {max} 百万字符，请分成几个文件导入',
    en: 'The file holds more than {max} million characters of text; split it into several files',
  },
  'IMPORT.BUSY': {
    status: 503,
    zh: '其他导入文件正在读取，请稍后再试',
    en: 'Other import files are being read; please try again shortly',
  },
  'IMPORT.EMPTY': { status: 400, zh: '导入文件没有数据行', en: 'The import file has no data rows' },
  'IMPORT.NOT_FOUND': { status: 404, zh: '导入记录不存在', en: 'No such import' },
  'IMPORT.ALREADY_APPLIED': { status: 409, zh: '该导入已经写入', en: 'This import has already been written' },
  'IMPORT.PREVIEW_STALE': {
    status: 409,
    zh: '预览之后相关客户已被修改，请重新上传并预览',
    en: 'The clients concerned changed after the preview; upload and preview again',
  },
  'IMPORT.ROWS_STALE': {
    status: 409,
    zh: '预览之后数据有变化：{count} 行已不能按预览写入（首个为第 {row} 行，合同编号 {contractNo}），未写入任何内容；请重新上传并预览',
    en: 'The data changed after the preview: {count} row(s) can no longer be written as previewed (the first is row {row}, contract {contractNo}); nothing was written. Upload and preview again',
  },
  'IMPORT.NOT_READY': {
    status: 409,
    zh: '该导入尚未检查完毕或已失败，不能确认',
    en: 'This import has not finished checking, or it failed; it cannot be confirmed',
  },
  'IMPORT.INTERRUPTED': {
    status: 500,
    zh: '导入在检查过程中被中断（服务器重启），未写入任何数据；请重新上传',
    en: 'The import was interrupted while being checked (the server restarted); nothing was written. Upload it again',
  },
  'IMPORT.DISCARDED': {
    status: 409,
    zh: '该预览已由 {by} 放弃，未写入任何数据',
    en: 'This preview was discarded by {by}; nothing was written',
  },
  'IMPORT.NOT_DISCARDABLE': {
    status: 409,
    zh: '只能放弃待确认的预览：该导入{state}',
    en: 'Only a preview waiting for confirmation can be discarded: this import {state}',
  },
  'IMPORT.EXPIRED': {
    status: 410,
    zh: '该预览超过 {hours} 小时未确认，已作废，未写入任何数据；请重新上传',
    en: 'This preview was not confirmed within {hours} hours and was dropped; nothing was written. Upload it again',
  },
  'IMPORT.JOB_FAILED': {
    status: 500,
    zh: '导入处理出错，未写入任何数据；请重新上传或联系管理员',
    en: 'The import failed; nothing was written. Upload it again or ask an administrator',
  },
  'BRANCH.NOT_FOUND': { status: 404, zh: '分支机构不存在', en: 'Branch not found' },
  'BRANCH.INACTIVE': {
    status: 409,
    zh: '分支机构“{name}”已停用，不能再分配用户或客户',
    en: 'The branch "{name}" is deactivated: no user or client can be put in it',
  },
  'BRANCH.NAME_TAKEN': { status: 409, zh: '已有名为“{name}”的分支机构', en: 'A branch named "{name}" exists already' },
  'BRANCH.CODE_TAKEN': { status: 409, zh: '分支机构代码“{code}”已被使用', en: 'The branch code "{code}" is taken' },
  'BRANCH.CODE_INVALID': {
    status: 400,
    zh: '分支机构代码为 2–20 个大写字母、数字或 -',
    en: 'A branch code has 2–20 capital letters, digits or -',
  },
  'BRANCH.HAS_ACTIVE_USERS': {
    status: 409,
    zh: '分支机构“{name}”还有启用的账号：{users}；请先停用或调到其他分支机构',
    en: 'The branch "{name}" still has active accounts: {users}; disable them or move them to another branch first',
  },
  'BRANCH.ALREADY_ACTIVE': { status: 409, zh: '该分支机构已是启用状态', en: 'This branch is active already' },
  'BRANCH.ALREADY_INACTIVE': { status: 409, zh: '该分支机构已停用', en: 'This branch is deactivated already' },
  'PARAMETER.NOT_FOUND': { status: 404, zh: '参数 {key} 不存在', en: 'Parameter {key} does not exist' },
  'PARAMETER.WEIGHTS_NOT_100': {
    status: 400,
    zh: '三个阶段的权重合计须为 100%（现为 {sum}%）：请同时修改三个权重',
    en: 'The three stage weights must add up to 100 % (now {sum} %): change them together',
  },
  'PARAMETER.SAMPLE_RANGE': {
    status: 400,
    zh: '年度抽样比例下限不能高于上限',
    en: 'The lowest annual sample share cannot be above the highest',
  },
  'PARAMETER.WINDOWS_ORDER': {
    status: 400,
    zh: '到期清单三档天数须依次递增',
    en: 'The three due-list windows must grow from first to third',
  },
  'PARAMETER.STAR_THRESHOLDS_ORDER': {
    status: 400,
    zh: '星级分数线须随星级依次升高',
    en: 'The star thresholds must rise with the level',
  },
  'PARAMETER.OUT_OF_RANGE': {
    status: 400,
    zh: '参数 {key} 的取值必须在 {min} 到 {max} 之间',
    en: 'Parameter {key} must be between {min} and {max}',
  },
  'HOLIDAY.NOT_FOUND': { status: 404, zh: '日历中没有 {date} 这一天的设置', en: 'No calendar entry for {date}' },
  'HOLIDAY.NOT_A_WEEKEND': {
    status: 400,
    zh: '{date} 不是周末，不能设为调休上班日',
    en: '{date} is not a weekend day, so it cannot be an adjusted working day',
  },
  'HOLIDAY.ALREADY_ENTERED': {
    status: 409,
    zh: '日历中已有这些日期的设置：{dates}。请先核对或删除后再录入',
    en: 'The calendar already has entries for {dates}; check or delete them first',
  },
  'HOLIDAY.NAME_REQUIRED': {
    status: 400,
    zh: '请填写节日的中文和英文名称',
    en: 'Give the holiday’s name in Chinese and in English',
  },
  'HOLIDAY.DUPLICATE_DATE': { status: 400, zh: '{date} 在本次录入中出现了不止一次', en: '{date} is entered more than once' },
  'HOLIDAY.RANGE_TOO_LONG': {
    status: 400,
    zh: '{from} 至 {to} 超过 {max} 天，请分段录入',
    en: '{from} to {to} is longer than {max} days; enter it in parts',
  },
  'HOLIDAY.YEAR_ALREADY_ENTERED': { status: 409, zh: '{year} 年已标记为录入完整', en: '{year} is already marked as entered in full' },
  'HOLIDAY.YEAR_NOT_ENTERED': { status: 409, zh: '{year} 年尚未标记为录入完整', en: '{year} is not marked as entered in full' },
  'CERTIFICATE.NOT_FOUND': { status: 404, zh: '证书不存在', en: 'Certificate not found' },
  'CERTIFICATE.DUPLICATE_NUMBER': {
    status: 409,
    zh: '证书编号 {certificateNo} 已存在',
    en: 'Certificate number {certificateNo} already exists',
  },
  'CERTIFICATE.ILLEGAL_TRANSITION': {
    status: 409,
    zh: '证书当前为“{status}”状态，不能{action}',
    en: 'A {status} certificate cannot take the action “{action}”',
  },
  'CERTIFICATE.SUSPENSION_DATES': {
    status: 400,
    zh: '暂停结束日期 {until} 早于开始日期 {from}',
    en: 'The suspension ends ({until}) before it starts ({from})',
  },
  'CERTIFICATE.SUSPENSION_TOO_LONG': {
    status: 400,
    zh: '暂停期不得超过 {limitMonths} 个月：最迟结束于 {latest}',
    en: 'A suspension may last at most {limitMonths} months: it must end by {latest}',
  },
  'CERTIFICATE.SUSPENSION_PAST_EXPIRY': {
    status: 400,
    zh: '暂停期不得超过证书有效期（{expiresOn} 到期）：最迟结束于 {latest}',
    en: 'A suspension may not run past the certificate’s expiry ({expiresOn}): it must end by {latest}',
  },
  'CERTIFICATE.SUSPENSION_AFTER_EXPIRY': {
    status: 400,
    zh: '证书有效期至 {expiresOn}，不能从 {from} 起暂停',
    en: 'The certificate is valid until {expiresOn}; it cannot be suspended from {from}',
  },
  'CERTIFICATE.RESTORE_PERIOD_OVER': {
    status: 409,
    zh: '暂停期已于 {until} 届满，不能恢复，应予撤销',
    en: 'The suspension period ended on {until}; the certificate can no longer be restored and must be revoked',
  },
  'CERTIFICATE.NOT_YET_EXPIRED': {
    status: 409,
    zh: '证书有效期至 {expiresOn}，尚未到期',
    en: 'The certificate is valid until {expiresOn}',
  },
  'CERTIFICATE.REAPPLY_BARRED': {
    status: 409,
    zh: '该组织 {field} 领域的证书被撤销未满规定期限，{date} 起方可再次申请',
    en: 'The organisation’s {field} certificate was revoked too recently; it may apply again from {date}',
  },
  'APPLICATION.BARRED_OWN_FAULT': {
    status: 409,
    zh: '该组织于 {on} 因自身原因被暂停或撤销证书，未满规定期限，{date} 起方可再次申请',
    en: 'The organisation had a certificate suspended or revoked for its own fault on {on}; it may apply again from {date}',
  },
  'APPLICATION.BARRED_DISHONESTY': {
    status: 409,
    zh: '该组织被列入严重违法失信名单（{source}），{date} 起方可再次申请',
    en: 'The organisation is on the serious-dishonesty list ({source}); it may apply again from {date}',
  },
  'CERTIFICATE.STAR_LEVEL': {
    status: 400,
    zh: '售后服务认证证书须有 1–5 星级，管理体系认证证书不设星级',
    en: 'After-sales service certificates need a star level of 1–5; management-system certificates have none',
  },
  'CERTIFICATE.DECIDER_ON_TEAM': {
    status: 403,
    zh: '认证决定人员不能是该决定所依据审核的审核组成员',
    en: 'A member of the audit team this decision rests on cannot take it',
  },
  'CERTIFICATE.COVERED_ABOVE_STAFF': {
    status: 400,
    zh: '体系覆盖员工数不能多于组织的员工数（{staff} 人）；如员工数有变，请先更新客户信息',
    en: 'More employees covered than the organisation has ({staff}); update the client’s headcount first if it changed',
  },
  'CERTIFICATE.MAINTAIN_NOT_VALID': {
    status: 409,
    zh: '只有有效的证书可以作出保持认证资格的决定（暂停的证书应恢复或撤销）',
    en: 'Only a valid certificate can be maintained (a suspended one is restored or revoked)',
  },
  'CERTIFICATE.MAINTAIN_BEFORE_AUDIT': {
    status: 400,
    zh: '认证决定日期不能早于审核结束日期（{end}）',
    en: 'The decision cannot be dated before the audit ended ({end})',
  },
  'CERTIFICATE.MAINTAIN_DECIDED': {
    status: 409,
    zh: '该次审核已作出保持认证资格的决定',
    en: 'This audit’s decision to maintain has been taken already',
  },
  'CERTIFICATE.MAINTAIN_BY_ASSESSMENT': {
    status: 409,
    zh: '售后服务认证的监督决定在该次审核的售后服务评价中作出（审核 › 售后服务评价 › 认证决定）',
    en: 'An after-sales certificate is kept by the decision on the surveillance’s assessment (audit › assessment › decision)',
  },
  'CERTIFICATE.MAINTAIN_NOT_SURVEILLANCE': {
    status: 409,
    zh: '保持认证资格的决定须依据已实施的监督审核或追加监督',
    en: 'A decision to maintain rests on a held surveillance or extra surveillance',
  },
  'CERTIFICATE.MAINTAIN_AFTER_FAIL': {
    status: 409,
    zh: '审核结论为不通过，不能保持认证资格，应暂停或撤销证书',
    en: 'The audit failed: the certificate cannot be maintained; suspend or revoke it',
  },
  'CERTIFICATE.AFTER_SALES_BY_ASSESSMENT': {
    status: 409,
    zh: '售后服务认证证书只能由已完成的 GB/T 27922 评价经认证决定颁发（审核 › 售后服务评价 › 认证决定）',
    en: 'An after-sales certificate is granted only from a concluded GB/T 27922 assessment (audit › assessment › decision)',
  },
  'CERTIFICATE.DECISION_IN_FUTURE': {
    status: 400,
    zh: '认证决定日期不能晚于今天（{today}）',
    en: 'A certification decision cannot be dated after today ({today})',
  },
  'CERTIFICATE.GIVE_UP_BY_ITS_ROUTE': {
    status: 400,
    zh: '获证组织申请放弃证书请使用“放弃证书”办理（存在暂停或撤销理由时应撤销）',
    en: 'A client giving up its certificate is handled by “give up” (revoked when grounds are open)',
  },
  'CERTIFICATE.AUDIT_TIME_REASON_REQUIRED': {
    status: 400,
    zh: '基础人日数与 IAF MD 5 表中的 {byTable} 人日不同，或该领域无对应表格：请写明理由',
    en: 'The base audit time differs from IAF MD 5’s {byTable} days, or the field has no table: give the reason',
  },
  'CERTIFICATE.AUDIT_TIME_REQUIRED': {
    status: 400,
    zh: 'IAF MD 5 表格不能给出该证书的基础人日数（{why}），请填写人日数及理由',
    en: 'IAF MD 5’s table gives no base audit time for this certificate ({why}); enter the days and the reason',
  },
  'CERTIFICATE.SERVICE_AREA_AFTER_SALES_ONLY': {
    status: 400,
    zh: '服务认证所属领域代码只适用于售后服务认证证书',
    en: 'A service area code belongs to after-sales service certificates only',
  },
  'CERTIFICATE.GROUNDS_OPEN': {
    status: 409,
    zh: '存在尚未处理的暂停或撤销理由（{grounds}），不能注销：请先作出暂停、撤销或驳回的决定',
    en: 'Grounds for suspension or revocation are open ({grounds}); decide them (suspend, revoke or dismiss) before any withdrawal',
  },
  'CERTIFICATE.DECISION_EXPIRED': {
    status: 400,
    zh: '按该决定日期，证书已于 {expiresOn} 到期，不能作为有效证书颁发',
    en: 'Decided on that date, the certificate would have expired on {expiresOn}; it cannot be granted as valid',
  },
  'CERTIFICATE.MARK_NOT_AN_IMAGE': {
    status: 415,
    zh: '标志须为 PNG 或 JPEG 图片（文件内容须与扩展名一致）',
    en: 'A mark must be a PNG or JPEG image (its content matching its extension)',
  },
  'CERTIFICATE.MARK_NOT_FOUND': { status: 404, zh: '尚未上传该标志', en: 'No such mark has been uploaded' },
  'ACCREDITATION.NOT_FOUND': { status: 404, zh: '{field}未设置认可信息', en: 'No accreditation is set for {field}' },
  'ACCREDITATION.FIELD_TAKEN': {
    status: 409,
    zh: '{field}已设置认可信息，请修改原有条目',
    en: 'An accreditation is set for {field} already; change that one',
  },
  'ACCREDITATION.REQUIRED': { status: 400, zh: '请填写{what}', en: 'Give the {what}' },
  'ACCREDITATION.TOO_LONG': { status: 400, zh: '{what}最多 {max} 个字符', en: 'The {what} has at most {max} characters' },
  'ACCREDITATION.SYMBOL_CODE': {
    status: 400,
    zh: '认可标志代码为两位数字（如 CNAS 为 01，见《认可标志分类代码》）',
    en: 'The accreditation mark code has two digits (01 for CNAS, per the CNCA code list)',
  },
  'CERTIFICATE.FIELD_NOT_IN_SCHEME': {
    status: 400,
    zh: '认证领域 {field} 不属于该认证类别',
    en: 'The field {field} does not belong to this scheme',
  },
  'CERTIFICATE.DECISION_BEFORE_AUDIT': {
    status: 400,
    zh: '认证决定不能早于其所依据的审核（{auditEnd} 结束）',
    en: 'The decision cannot be dated before the audit it rests on (ended {auditEnd})',
  },
  'CERTIFICATE.INITIAL_AUDIT_MISSING': {
    status: 409,
    zh: '该申请的初次认证第二阶段审核尚未完成并通过，不能作出认证决定',
    en: 'The application’s initial audit (stage 2) has not been held and passed; no certification decision yet',
  },
  'CERTIFICATE.CHANGE_IN_FUTURE': {
    status: 400,
    zh: '换发日期不能晚于今天（{today}）',
    en: 'A reissue cannot be dated after today ({today})',
  },
  'CERTIFICATE.SITE_SCOPE_BY_CONTRACT_CHANGE': {
    status: 409,
    zh: '场所的认证范围变更须通过合同变更办理',
    en: "A site's scope changes only through a contract change",
  },
  'CERTIFICATE.PART_NOT_IN_SCOPE': {
    status: 400,
    zh: '部分暂停须为认证范围中的一项或几项（原文照录，各项以“；”分隔），不能是全部；暂停全部请不填暂停范围',
    en: 'A part suspension names one or more of the scope’s items as written (items are separated by “；”), not all of them; leave it empty to suspend the whole certificate',
  },
  'CERTIFICATE.SUSPENSION_BACKDATED': {
    status: 400,
    zh: '暂停开始日期最早可追溯 {days} 天（{earliest}）',
    en: 'A suspension may start at most {days} days back ({earliest})',
  },
  'CERTIFICATE.SUSPENSION_ALREADY_OVER': {
    status: 400,
    zh: '暂停期（至 {until}）已经结束，不能登记为暂停',
    en: 'The suspension period (to {until}) is already over; it cannot be recorded as a suspension',
  },
  'CERTIFICATE.NOTHING_TO_REISSUE': { status: 400, zh: '换发证书须至少变更一项内容', en: 'A reissue needs at least one changed field' },
  'PROGRAMME.NOT_FOUND': { status: 404, zh: '审查方案不存在', en: 'Audit programme not found' },
  'PROGRAMME.CLOSED': { status: 409, zh: '该审查方案已关闭，不能再安排审核', en: 'This audit programme is closed; no audits can be added' },
  'PROGRAMME.OPEN_EXISTS': {
    status: 409,
    zh: '该客户已有未获证的 {field} 审查方案',
    en: 'The client already has an open {field} programme awaiting certification',
  },
  'AUDIT.NOT_FOUND': { status: 404, zh: '审核不存在', en: 'Audit not found' },
  'AUDIT.TYPE_NOT_IN_SCHEME': {
    status: 400,
    zh: '{type}仅适用于售后服务认证',
    en: '{type} applies to after-sales service certification only',
  },
  'AUDIT.NEEDS_CERTIFICATE': {
    status: 409,
    zh: '{type}须在获证后安排',
    en: '{type} can be planned only once the certificate is granted',
  },
  'AUDIT.TRIGGER_REQUIRED': { status: 400, zh: '追加监督须注明触发原因', en: 'An extra surveillance needs its trigger' },
  'AUDIT.DATES': { status: 400, zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'AUDIT.NOT_PLANNED': { status: 409, zh: '该审核已{status}，不能再修改', en: 'This audit has been {status} and cannot be changed' },
  'AUDIT.IN_FUTURE': {
    status: 400,
    zh: '实际审核日期不能晚于今天（{today}）',
    en: 'The actual audit dates cannot be after today ({today})',
  },
  'AUDIT.NO_TEAM': { status: 409, zh: '请先指定审核组', en: 'Assign the audit team first' },
  'AUDIT.MYSTERY_SHOPPING_MISSING': {
    status: 409,
    zh: '售后服务认证的每次监督须包含暗访，请先记录本次监督的暗访',
    en: 'Every after-sales surveillance includes a mystery-shopping visit; record this one’s visit first',
  },
  'AUDIT.MYSTERY_SHOPPING_TARGET': {
    status: 400,
    zh: '暗访须对应本方案中一次未取消的监督审核',
    en: 'A mystery-shopping visit must belong to a surveillance of this programme that is not cancelled',
  },
  'RECERTIFICATION.AUDIT_MISSING': {
    status: 409,
    zh: '再认证决定须基于本周期已完成且通过的再认证审核',
    en: 'A recertification decision needs a recertification audit of this cycle, held and passed',
  },
  'RECERTIFICATION.AFTER_EXPIRY': {
    status: 409,
    zh: '证书已于 {expiresOn} 到期，须重新申请初次认证',
    en: 'The certificate expired on {expiresOn}; a new initial certification is needed',
  },
  'TEAM.DUPLICATE_MEMBER': { status: 400, zh: '{name} 在审核组中重复出现', en: '{name} appears twice in the team' },
  'TEAM.NO_AUDITOR': { status: 400, zh: '审核组至少须有一名审核员', en: 'The team needs at least one auditor' },
  'TEAM.NOT_REGISTERED': {
    status: 409,
    zh: '{name} 没有在审核日期内有效的 {field} 注册资格',
    en: '{name} holds no {field} registration valid over the audit dates',
  },
  'TEAM.EXPERT_AS_AUDITOR': {
    status: 409,
    zh: '{name} 是技术专家，不能担任审核员或组长',
    en: '{name} is a technical expert and cannot act as auditor or team leader',
  },
  'TEAM.AREA_NOT_COVERED': {
    status: 409,
    zh: '{name} 的注册专业代码不覆盖本次审核的专业（{areas}）',
    en: '{name}’s registration covers none of this audit’s technical areas ({areas})',
  },
  'TEAM.AREAS_UNCOVERED': {
    status: 409,
    zh: '审核组（含技术专家）未覆盖专业代码：{areas}',
    en: 'The team (with its technical experts) does not cover these technical areas: {areas}',
  },
  'TEAM.LEADER_NOT_QUALIFIED': { status: 409, zh: '{name} 不具备审核组长资格', en: '{name} is not qualified as team leader' },
  'TEAM.SINGLE_AUDITOR_NOT_LEADER': {
    status: 409,
    zh: '单人审核组的审核员 {name} 须具备组长资格',
    en: 'In a one-auditor team, {name} must be qualified as team leader',
  },
  'TEAM.ONE_LEADER': {
    status: 400,
    zh: '审核组须有且只有一名组长（现有 {count} 名）',
    en: 'A team has exactly one team leader ({count} given)',
  },
  'TEAM.UNKNOWN_USER': { status: 400, zh: '审核组成员须是系统中的审核人员', en: 'Team members must be auditors known to the system' },
  'PLAN.DATE_OUTSIDE_AUDIT': {
    status: 400,
    zh: '审核计划第 {row} 行的日期不在审核日期 {from}–{to} 内',
    en: 'Plan row {row}: the date is outside the audit dates {from}–{to}',
  },
  'PLAN.TIMES': {
    status: 400,
    zh: '审核计划第 {row} 行的结束时间须晚于开始时间',
    en: 'Plan row {row}: the end time must be after the start',
  },
  'PLAN.UNKNOWN_SITE': {
    status: 400,
    zh: '审核计划第 {row} 行的场所“{site}”不是本次审核的场所',
    en: 'Plan row {row}: “{site}” is not one of this audit’s sites',
  },
  'PLAN.NOT_IN_TEAM': { status: 400, zh: '审核计划第 {row} 行的人员不在审核组内', en: 'Plan row {row}: the person is not in the team' },
  'REGISTRATION.NOT_FOUND': { status: 404, zh: '注册资格记录不存在', en: 'Registration not found' },
  'REGISTRATION.NOT_AUDITOR': {
    status: 400,
    zh: '注册资格只能登记给审核人员账号',
    en: 'Registrations can be recorded for auditor accounts only',
  },
  'REGISTRATION.EXPERT_LEADER': {
    status: 400,
    zh: '技术专家不能登记组长资格',
    en: 'A technical expert cannot hold a team-leader qualification',
  },
  'PROPOSAL.NOT_FOUND': { status: 404, zh: '暂停建议不存在', en: 'Suspension proposal not found' },
  'PROPOSAL.DECIDED': { status: 409, zh: '该暂停建议已处理', en: 'This suspension proposal has already been decided' },
  'APPLICATION.NOT_FOUND': { status: 404, zh: '认证申请不存在', en: 'Application not found' },
  'APPLICATION.FUTURE_DATE': { status: 400, zh: '受理日期不能晚于今天', en: 'The day received cannot be later than today' },
  'APPLICATION.DECIDED': { status: 409, zh: '该申请已处理（{status}）', en: 'This application has already been decided ({status})' },
  'APPLICATION.MATERIALS_MISSING': { status: 409, zh: '申请材料不齐：{missing}', en: 'Materials missing: {missing}' },
  'APPLICATION.CREDIT_NOT_CHECKED': { status: 409, zh: '尚未完成信用查询', en: 'The credit check has not been recorded' },
  'APPLICATION.CREDIT_EVIDENCE_MISSING': {
    status: 409,
    zh: '请附上信用查询的证据（查询结果截图或文件），或在信用查询中说明无法提供的原因',
    en: 'Attach the credit check’s evidence (the query results), or record in the credit check why there is none',
  },
  'APPLICATION.CREDIT_REFUSES': {
    status: 409,
    zh: '信用查询结果不允许受理（列入经营异常名录或严重违法失信名单，或有行政处罚而未说明）',
    en: 'The credit check does not allow acceptance (abnormal-operation list, serious-violation blacklist, or a penalty without a note)',
  },
  'STAR.INDICATOR_NOT_FOUND': { status: 404, zh: '评价指标 {code} 不存在', en: 'Indicator {code} not found' },
  'STAR.NOT_AFTER_SALES': { status: 400, zh: '只有售后服务认证审核才有评价记录', en: 'Only after-sales certification audits are scored' },
  'STAR.NOT_ON_TEAM': { status: 403, zh: '只有审核组成员可以评分', en: 'Only the audit team scores the sheet' },
  'STAR.CONCLUDED': { status: 409, zh: '审核组已作出结论，不能再修改评分', en: 'The team has concluded; the scores can no longer change' },
  'STAR.ACHIEVED_OUT_OF_RANGE': { status: 400, zh: '指标 {item} 的得分超出其分值', en: 'The score of indicator {item} exceeds its points' },
  'STAR.NOTHING_APPLICABLE': { status: 400, zh: '没有适用的评价指标', en: 'No indicator applies' },
  'STAR.FINDING_REQUIRED': {
    status: 400,
    zh: '指标 {items} 有扣分，请写明扣分所依据的事实',
    en: 'Indicators {items} lose points: write down the finding behind each deduction',
  },
  'STAR.SPECIAL_NOTES_REQUIRED': {
    status: 400,
    zh: '有特殊扣分项，请写明扣分事实',
    en: 'Special deductions are taken: write down what they are for',
  },
  'STAR.NOT_SCORED': { status: 409, zh: '尚未评分', en: 'The sheet has not been scored' },
  'STAR.NO_SUCH_NONCONFORMITY': { status: 404, zh: '不符合项不存在', en: 'No such nonconformity' },
  'STAR.CORRECTION_MISSING': { status: 409, zh: '请先填写原因分析和纠正措施', en: 'Record the root cause and corrective action first' },
  'STAR.LEADER_CONCLUDES': { status: 403, zh: '审核结论由审核组长作出', en: 'The team leader gives the conclusion' },
  'STAR.NONCONFORMITY_OPEN': { status: 409, zh: '仍有不符合项未经验证', en: 'A nonconformity has not been verified yet' },
  'STAR.LEVEL_ABOVE_SCORE': {
    status: 400,
    zh: '推荐星级不能高于评分所得星级（{level} 星）',
    en: 'The recommended level cannot exceed the level scored ({level} stars)',
  },
  'STAR.NOT_CONCLUDED': { status: 409, zh: '审核组尚未作出结论', en: 'The team has not concluded yet' },
  'STAR.DECIDED': { status: 409, zh: '已作出认证决定', en: 'The certification decision has been taken' },
  'STAR.NOT_RECOMMENDED': { status: 409, zh: '审核组未推荐认证，不能颁证', en: 'The team did not recommend certification' },
  'STAR.OUTCOME_NOT_ALLOWED': {
    status: 400,
    zh: '该评价结果下可选的处理为：{options}',
    en: 'After this assessment the choices are: {options}',
  },
  'STAR.SUSPEND_UNTIL_REQUIRED': { status: 400, zh: '请填写暂停截止日期', en: 'Give the last day of the suspension' },
  'STAR.CERTIFICATE_NO_REQUIRED': { status: 400, zh: '请填写证书编号', en: 'Give the certificate number' },
  'FILE.EMPTY': { status: 400, zh: '文件为空', en: 'The file is empty' },
  'FILE.TYPE_NOT_ALLOWED': {
    status: 415,
    zh: '只接受 PDF、图片（PNG/JPEG/GIF/WebP）和 Office 文档，且文件内容须与扩展名一致',
    en: 'Only PDF, images (PNG/JPEG/GIF/WebP) and Office documents are taken, and the content must match the extension',
  },
  'FILE.NOT_FOUND': { status: 404, zh: '文件不存在', en: 'File not found' },
  'CHANGE.NOT_FOUND': { status: 404, zh: '变更申请不存在', en: 'Change application not found' },
  'CHANGE.FEES_BY_SERVICE_ONLY': {
    status: 403,
    zh: '费用变更只能由客户服务部办理',
    en: 'Fee changes are handled by customer service only',
  },
  'CHANGE.PROPOSAL_MISSING': { status: 400, zh: '请填写变更后的内容：{fields}', en: 'Give the new value of: {fields}' },
  'CHANGE.DOCUMENTS_REQUIRED': {
    status: 400,
    zh: '认证范围变更须提交相关文件和资质证明',
    en: 'A scope change needs its documents and qualifications',
  },
  'CHANGE.CERTIFICATE_REQUIRED': { status: 400, zh: '请选择受影响的证书', en: 'Choose the certificate the change affects' },
  'CHANGE.NOT_YOUR_STEP': { status: 403, zh: '此步骤由{role}办理', en: 'This step is for {role}' },
  'CHANGE.WRONG_STATUS': { status: 409, zh: '当前状态（{status}）下不能执行此操作', en: 'Not possible while the application is {status}' },
  'CHANGE.PROPOSAL_NOT_FOR_KIND': {
    status: 400,
    zh: '该类变更不能同时变更：{fields}（请分别提出对应类别的变更申请）',
    en: 'This kind of change cannot also change: {fields} (file the change of that kind)',
  },
  'CHANGE.REDUCTION_ADDS': {
    status: 400,
    zh: '缩小范围须保留原认证范围中的部分条目（原文照录，各项以“；”分隔）；改写或增加内容须按扩大范围办理并经审核',
    en: 'A reduction keeps some of the scope’s items as written (items are separated by “；”); rewording or adding is an extension, which needs an audit',
  },
  'CHANGE.SCOPE_UNCHANGED': { status: 400, zh: '拟变更的认证范围与原范围相同', en: 'The proposed scope is the same as the current one' },
  'CHANGE.SITE_SCOPE_BY_SCOPE_CHANGE': {
    status: 400,
    zh: '场所的认证范围须通过扩大或缩小认证范围的变更办理',
    en: "A site's scope changes only by a scope extension or reduction",
  },
  'CHANGE.AUDIT_BEFORE_REVIEW': {
    status: 409,
    zh: '变更审核的实施日期早于变更评审（{reviewedOn}），不能作为该变更的依据',
    en: 'The audit was held before the change was reviewed ({reviewedOn}); it cannot be the change’s audit',
  },
  'CHANGE.AUDIT_PENDING': {
    status: 409,
    zh: '变更审核尚未完成，不能驳回；审核不通过或取消后方可驳回',
    en: 'The audit for this change is still to come; it can be rejected once the audit failed or was cancelled',
  },
  'CHANGE.AUDIT_REQUIRED': { status: 409, zh: '扩大认证范围须经审核后方可批准', en: 'A scope extension is granted only after an audit' },
  'CHANGE.AUDIT_DATE_REQUIRED': { status: 400, zh: '请填写审核计划日期', en: 'Give the planned audit date' },
  'CHANGE.NO_OPEN_PROGRAMME': { status: 409, zh: '该证书没有进行中的审核方案', en: 'The certificate has no open audit programme' },
  'CHANGE.AUDIT_NOT_HELD': { status: 409, zh: '变更审核尚未完成', en: 'The audit for this change has not been held yet' },
  'CHANGE.AUDIT_FAILED': { status: 409, zh: '变更审核未通过，不能批准', en: 'The audit for this change failed; it cannot be granted' },
  'CLASSIFICATION.ITEM_EXISTS': { status: 409, zh: '评价项目 {code} 已存在', en: 'Evaluation item {code} already exists' },
  'CLASSIFICATION.ITEM_NOT_FOUND': { status: 404, zh: '评价项目 {code} 不存在', en: 'Evaluation item {code} not found' },
  'CLASSIFICATION.AUDIT_REQUIRED': {
    status: 400,
    zh: '审核员评价表须注明所属审核，其他评价依据不填审核',
    en: "An auditor's evaluation form names its audit; other gradings name none",
  },
  'CLASSIFICATION.FUTURE_DATE': { status: 400, zh: '评价日期不能晚于今天', en: 'The evaluation date cannot be later than today' },
  'CLASSIFICATION.NO_SYSTEM': {
    status: 409,
    zh: '该客户没有有效的管理体系证书，无需分类评价',
    en: 'The client holds no live management-system certificate to grade',
  },
  'CLASSIFICATION.AUDIT_NOT_OF_CLIENT': { status: 400, zh: '所选审核不属于该客户', en: 'The audit chosen is not one of this client' },
  'CLASSIFICATION.ITEMS_MISSING': { status: 400, zh: '以下评价项目未评级：{items}', en: 'These evaluation items have no grade: {items}' },
  'CLASSIFICATION.ITEMS_NOT_APPLICABLE': {
    status: 400,
    zh: '以下评价项目不适用于该客户的认证体系：{items}',
    en: "These evaluation items do not apply to the client's certified systems: {items}",
  },
  'CLASSIFICATION.REPORT_ISSUED': {
    status: 409,
    zh: '{year} 年度分析报告已出具',
    en: 'The {year} analysis report has already been issued',
  },
  'SURVEY.NOT_FOUND': { status: 404, zh: '调查表不存在', en: 'Survey form not found' },
  'SURVEY.ALREADY_ANSWERED': { status: 409, zh: '该调查表已于 {on} 回收', en: 'This form was already answered on {on}' },
  'SURVEY.SCORE_RANGE': { status: 400, zh: '每题得分须在 0 到 {max} 之间', en: 'Each score must be between 0 and {max}' },
  'SURVEY.SAMPLE_PERCENT': {
    status: 400,
    zh: '抽样比例须在 {min}% 到 {max}% 之间',
    en: 'The sample share must be between {min} % and {max} %',
  },
  'SURVEY.SAMPLE_EXISTS': { status: 409, zh: '{year} 年的抽样已完成', en: 'The sample for {year} has already been drawn' },
  'SURVEY.NO_POPULATION': { status: 409, zh: '没有可抽样的获证客户', en: 'There are no certified clients to sample' },
  'SURVEY.AUDIT_HAS_SURVEY': { status: 409, zh: '该审核已发放调查表', en: 'A form has already been issued for this audit' },
  'SURVEY.BEFORE_ISSUE': {
    status: 400,
    zh: '回收日期不能早于发放日期 {issuedOn}',
    en: 'A form cannot come back before it was issued on {issuedOn}',
  },
  'SURVEY.FUTURE_DATE': { status: 400, zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'COMMUNICATION.NOT_STAFF': { status: 400, zh: '所选人员须为在职工作人员', en: 'The person chosen must be an active staff member' },
  'COMMUNICATION.ESCALATION_REQUIRED': {
    status: 400,
    zh: '超出部门权限的要求须上报给指定的负责人',
    en: 'A request beyond the department’s authority must be escalated to a named manager',
  },
  'COMMUNICATION.NOT_A_MANAGER': {
    status: 400,
    zh: '超出部门权限的要求须上报给可办理客户要求的负责人',
    en: 'A request beyond the department’s authority goes to a manager who may handle client requests',
  },
  'COMMUNICATION.MANAGER_CLOSES': {
    status: 403,
    zh: '该要求已上报给{name}，由其办结',
    en: 'This request went to {name}, who closes it',
  },
  'COMMUNICATION.ESCALATION_NOT_ALLOWED': {
    status: 400,
    zh: '只有超出部门权限的要求才上报',
    en: 'Only a request beyond the department’s authority is escalated',
  },
  'COMMUNICATION.REQUEST_NOT_FOUND': { status: 404, zh: '客户要求记录不存在', en: 'Client request not found' },
  'COMMUNICATION.SUGGESTION_NOT_FOUND': { status: 404, zh: '建议记录不存在', en: 'Suggestion not found' },
  'COMMUNICATION.SUGGESTION_ANSWERED': { status: 409, zh: '该建议已答复', en: 'This suggestion has already been answered' },
  'COMMUNICATION.REQUEST_CLOSED': { status: 409, zh: '该要求已办结', en: 'This request is already closed' },
  'COMMUNICATION.STATUS_UNCHANGED': { status: 409, zh: '客户已处于该状态', en: 'The client already has this status' },
  'COMMUNICATION.LOST_VIP_ANALYSIS': {
    status: 400,
    zh: 'VIP 客户流失须填写原因分析和补救决定',
    en: 'A lost VIP client needs an analysis and a remedial decision',
  },
  'COMMUNICATION.FUTURE_DATE': { status: 400, zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'NOTICE.NOT_FOUND': { status: 404, zh: '通知不存在', en: 'Notice not found' },
  'NOTICE.NOT_RESENDABLE': {
    status: 409,
    zh: '只有发送失败或无邮箱地址的通知邮件可以重新发送',
    en: 'Only a notice mail that failed or had no address can be sent again',
  },
  'NOTICE.CLIENT_HAS_NO_EMAIL': { status: 422, zh: '客户没有邮箱地址，请先填写', en: 'The client has no e-mail address: enter one first' },
  'COMPLAINT.NOT_ANSWERED': {
    status: 409,
    zh: '尚未书面答复，没有答复函可打印',
    en: 'Not answered in writing yet: there is no letter to print',
  },
  'COMPLAINT.NOT_FOUND': { status: 404, zh: '申投诉记录不存在', en: 'Complaint or appeal not found' },
  'COMPLAINT.NOT_ALLOWED': { status: 409, zh: '当前状态（{status}）下不能执行此操作', en: 'Not possible while the case is {status}' },
  'COMPLAINT.OWNER_NOT_STAFF': {
    status: 400,
    zh: '负责人须为可办理申投诉的在职工作人员（客户服务部、综合管理部、质量技术部或系统管理员）',
    en: 'The owner must be an active staff member who may handle complaints (customer service, general administration, quality & technical or the administrator)',
  },
  'COMPLAINT.CAUSE_REQUIRED': {
    status: 400,
    zh: '答复前请选择原因分类（用于申投诉原因分析）',
    en: 'Classify the cause before answering (the analysis counts cases by cause)',
  },
  'COMPLAINT.FUTURE_DATE': { status: 400, zh: '受理日期不能晚于今天', en: 'The day received cannot be later than today' },
  'REPORT.NOT_FOUND': { status: 404, zh: '报送记录不存在', en: 'Report not found' },
  'REPORT.FUTURE_PERIOD': {
    status: 400,
    zh: '{period} 尚未开始，不能生成月报',
    en: '{period} has not begun; no report can be made for it',
  },
  'REPORT.ALREADY_SUBMITTED': { status: 409, zh: '该月报已于 {on} 标记为已报送', en: 'This report was marked submitted on {on}' },
  'REPORT.ALREADY_UPLOADED': {
    status: 409,
    zh: '该导出文件已于 {on} 标记为已上传 IAF CertSearch',
    en: 'This export was marked uploaded to IAF CertSearch on {on}',
  },
  'RISK.NOT_FOUND': { status: 404, zh: '风险信息不存在', en: 'Risk item not found' },
  'RISK.FUTURE_DATE': { status: 400, zh: '日期（{field}）不能晚于今天', en: 'The date ({field}) cannot be later than today' },
  'RISK.NOT_A_CANDIDATE': { status: 404, zh: '该客户不是此条风险信息的候选客户', en: 'This client is not a candidate for the risk item' },
  'RISK.ALREADY_DECIDED': { status: 409, zh: '该候选客户已确认或排除', en: 'This candidate has already been confirmed or rejected' },
  'INCIDENT.NOT_FOUND': { status: 404, zh: '风险事件不存在', en: 'Incident not found' },
  'INCIDENT.CLOSED': { status: 409, zh: '该风险事件已关闭', en: 'This incident is closed' },
  'INCIDENT.STEP_DONE': { status: 409, zh: '该步骤已于 {on} 记录', en: 'This step was recorded on {on}' },
  'INCIDENT.ACTIONS_FIRST': {
    status: 409,
    zh: '审核管理部尚未决定处理措施及整改期限',
    en: 'Audit management has not yet decided the actions and a rectification deadline',
  },
  'INCIDENT.NO_EVIDENCE': { status: 409, zh: '尚未提交整改证据，无法验证', en: 'No rectification evidence has been submitted to verify' },
  'INCIDENT.CERTIFICATE_NOT_CLIENTS': {
    status: 400,
    zh: '证书 {certificateNo} 不属于该客户或已失效',
    en: 'Certificate {certificateNo} does not belong to this client or is no longer in force',
  },
  'INCIDENT.AUDIT_DATE_REQUIRED': { status: 400, zh: '审核类措施须填写计划日期', en: 'An audit action needs a planned date' },
  'INCIDENT.NO_OPEN_PROGRAMME': {
    status: 409,
    zh: '证书 {certificateNo} 没有进行中的审核方案',
    en: 'Certificate {certificateNo} has no open audit programme',
  },
  'REGISTER.NOT_FOUND': { status: 404, zh: '未查到该证书', en: 'No such certificate' },
  'DATABASE.TIMEOUT': {
    status: 503,
    zh: '该操作占用数据库超过 {seconds} 秒，已取消，未做任何更改；请缩小范围后重试',
    en: 'The operation held the database for more than {seconds} s and was cancelled; nothing was changed. Narrow it and try again',
  },
  'DATABASE.BUSY': {
    status: 503,
    zh: '数据库繁忙，请稍后重试',
    en: 'The database is busy; please try again shortly',
  },
  'DATABASE.UNAVAILABLE': {
    status: 503,
    zh: '数据库暂时无法连接，未做任何更改；请稍后重试',
    en: 'The database cannot be reached just now; nothing was changed. Please try again shortly',
  },
  'HEALTH.DATABASE_UNREACHABLE': {
    status: 503,
    zh: '数据库无法连接，本服务进程暂不接收请求',
    en: 'The database cannot be reached; this process is not taking requests',
  },
  'HEALTH.MIGRATIONS_PENDING': {
    status: 503,
    zh: '数据库结构尚未更新到本版本，本服务进程暂不接收请求',
    en: 'The database schema is older than this version; this process is not taking requests',
  },
  'BACKUP.FAILED': { status: 500, zh: '备份失败：{cause}', en: 'The backup failed: {cause}' },
  INTERNAL: { status: 500, zh: '系统内部错误（请求号 {requestId}）', en: 'Internal error (request id {requestId})' },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorCode = keyof typeof errorCatalog;

function fill(template: string, params: Params, lang: 'zh' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly details?: unknown,
  ) {
    super(fill(errorCatalog[code].en, params, 'en'));
    this.name = 'AppError';
    this.status = errorCatalog[code].status;
  }

  toBody() {
    const entry = errorCatalog[this.code];
    return {
      code: this.code,
      message: { zh: fill(entry.zh, this.params, 'zh'), en: fill(entry.en, this.params, 'en') },
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}
