import { z } from 'zod';
import { isoDateSchema } from '../../lib/iso-date-schema.js';
import { roles } from '../auth/permissions.js';
import { certificateStatuses } from '../certificates/certificate.rules.js';
import { clientGrades } from '../clients/client.schema.js';
import { DueItemSchema } from '../due-list/due-list.dto.js';
import { auditTypes } from '../programmes/programme.rules.js';
import { teamRoles } from '../programmes/team.rules.js';
import { heldAuditWork } from '../after-sales/star.rules.js';

const count = z.number().int();
const windowDays = z.tuple([count, count, count]).describe('the due-list windows, in days (30 / 60 / 90 by default)');
/** Certificates counted by status; a status none has is left out. */
const certificatesByStatus = z.partialRecord(z.enum(certificateStatuses), count);

/**
 * The home page of a role (工作台). A portal user's page has `role`, `today` and `portal` only;
 * a staff member's has everything but `portal`, each part null (or empty) where the role may not
 * read its module or where it is not the role's work (an auditor's page is its own audits).
 */
export const DashboardSchema = z
  .object({
    role: z.enum(roles),
    today: isoDateSchema,
    portal: z
      .object({
        openSurveys: count.describe('satisfaction surveys (满意度调查) sent to the organisation and not answered'),
        certificates: certificatesByStatus.describe('its own certificates by status'),
      })
      .optional()
      .describe('a portal user’s page only'),
    windowDays: windowDays.optional(),
    due: z
      .object({
        counts: z.object({ overdue: count, first: count, second: count, third: count }).describe('due items per window'),
        windowDays,
        overdue: z.array(DueItemSchema).describe('the first overdue items of the department'),
      })
      .nullable()
      .optional()
      .describe('the department’s due-list; null for an auditor and for roles that may not read it'),
    dueByKind: z.array(z.object({ kind: z.string(), overdue: count, soon: count.describe('due within the first window') })).optional(),
    dueByMonth: z
      .array(z.object({ month: z.string().describe('YYYY-MM'), n: count }))
      .optional()
      .describe('the next six months'),
    certificatesByStatus: certificatesByStatus.optional().describe('left out where it is not the role’s work (an auditor)'),
    gradeDistribution: z
      .record(z.enum(clientGrades), count)
      .nullable()
      .optional()
      .describe('clients per classification grade (分类等级), every grade; null when none is graded or it is not the role’s work'),
    unusual: z
      .object({
        complaintsOverdue: count.nullable().describe('complaints past their answer date; null: not the role’s work'),
        incidentsOpen: count.nullable().describe('open risk incidents; null: not the role’s work'),
        suspended: count.nullable().describe('suspended certificates; null: not the role’s work'),
        mailFailed: count.nullable().describe('notice e-mails that failed for good; null: the role does not look after the mail'),
      })
      .optional(),
    survey: z
      .object({
        issued: count,
        answered: count,
        returnRate: z.number().nullable().describe('percent; null when none was issued'),
        target: z.number().describe('the return rate aimed at, percent'),
        total: z.number().nullable().describe('the mean total score; null when none was answered'),
        dissatisfied: count.describe('dissatisfied answers (不满意), each filed as a complaint'),
      })
      .nullable()
      .optional()
      .describe('the year’s satisfaction surveys (满意度调查)'),
    myAudits: z
      .array(
        z.object({
          id: z.uuid(),
          type: z.enum(auditTypes),
          plannedStart: isoDateSchema,
          plannedEnd: isoDateSchema,
          clientId: z.uuid(),
          clientName: z.string(),
          teamRole: z.enum(teamRoles),
        }),
      )
      .nullable()
      .optional()
      .describe('an auditor’s own planned audits, the next ten; null for other roles'),
    heldAudits: z
      .object({
        total: count.describe('all of them; `items` holds those waiting longest'),
        items: z.array(
          z.object({
            id: z.uuid(),
            type: z.enum(auditTypes),
            actualStart: isoDateSchema.nullable(),
            actualEnd: isoDateSchema,
            clientId: z.uuid(),
            clientName: z.string(),
            teamRole: z.enum(teamRoles),
            owed: z
              .enum(heldAuditWork)
              .describe(
                'score: the GB/T 27922 sheet is not scored yet; verify: a nonconformity’s correction is not verified; conclude: the team leader’s conclusion',
              ),
          }),
        ),
      })
      .nullable()
      .optional()
      .describe(
        'an auditor’s held audits waiting for its work (after-sales GB/T 27922 assessment), the ten waiting longest; null for other roles',
      ),
    holidayYearsMissing: z
      .array(z.number().int())
      .optional()
      .describe('years whose holiday table is owed and not entered: deadlines counted into them are provisional'),
    classification: z
      .object({ total: count, graded: count, dueOn: isoDateSchema.describe('the annual evaluation is due by') })
      .nullable()
      .optional()
      .describe('the year’s classification campaign (年度分类评价)'),
    communication: z
      .object({
        clients: count,
        below: count.describe('clients below their yearly contact minimum'),
        followUps: count.describe('phone follow-ups (回访) this year'),
        followUpTarget: count,
        events: count.describe('client events held this year'),
        eventsRequired: count.describe('client events a branch holds a year'),
      })
      .nullable()
      .optional()
      .describe('client maintenance (客户维护) meters of the year'),
    backup: z
      .object({
        stale: z.boolean().describe('the newest backup is too old, or there is none'),
        staleAfterDays: count,
        lastAt: z.string().nullable().describe('when the newest backup was taken (ISO timestamp)'),
        failing: z.boolean().describe('the daily backup fails'),
      })
      .nullable()
      .optional()
      .describe('the administrator’s: the database backups’ health'),
  })
  .meta({ id: 'Dashboard' });
