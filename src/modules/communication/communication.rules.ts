/** 沟通 / 客户维护 (SPEC §8) as pure rules: the follow-up target, request classes, lost clients. */

export const contactKinds = ['visit', 'phone', 'email', 'event'] as const; // 拜访 / 电话 / 邮件 / 活动
export const eventKinds = ['symposium', 'training', 'other'] as const; // 座谈会 / 培训 / 其他
// (a) 不合理 → 解释并拒绝; (b) 合理且在部门权限内 → 办理; (c) 合理但超出权限 → 上报
export const requestClasses = ['unreasonable', 'within_authority', 'beyond_authority'] as const;
export type RequestClass = (typeof requestClasses)[number];
export const requestStatuses = ['open', 'closed'] as const;
// the client's status changes only through this record, with its cause: 异常 / 流失 / 恢复正常
export const lossStatuses = ['abnormal', 'lost', 'active'] as const;

/** The phone follow-ups (回访) a year needs: a share of the valid clients, rounded up. */
export function followUpTarget(validClients: number, percent: number): number {
  return Math.ceil((validClients * percent) / 100);
}

/** A class (c) request goes to a named manager; (a) needs the explanation given. */
export function requestNeeds(cls: RequestClass): { escalation: boolean } {
  return { escalation: cls === 'beyond_authority' };
}

/** A lost VIP needs an analysis and a remedial decision before the loss is recorded. */
export function lossNeedsAnalysis(status: (typeof lossStatuses)[number], vip: boolean): boolean {
  return status === 'lost' && vip;
}
