import { describe, expect, it } from 'vitest';
import { clientColumnsSeenBy, queriedColumns } from '../clients/client.columns.js';
import { kindsHiddenFrom } from '../contract-changes/change.rules.js';
import { roleMay, roles, type Permission } from './permissions.js';
import { feeFields, maySee, visibleTo } from './visibility.js';

// issue 17.6: what a client pays is commercial; those who audit, decide or oversee do not see it (ISO/IEC 17021-1 §5.2)
const seeFees = ['admin', 'general_admin', 'customer_service'];

describe('who sees fees', () => {
  it.each(roles)('%s', (role) => {
    const sees = seeFees.includes(role);
    for (const field of feeFields) {
      for (const kind of ['client', 'contractChange', 'any'] as const) expect(maySee(role, kind, field)).toBe(sees);
    }
    expect(clientColumnsSeenBy(role).includes('initialAuditFee')).toBe(sees);
    expect(kindsHiddenFrom(role).includes('fees')).toBe(!sees);
    expect(visibleTo(role, { items: [{ contractNo: 'HT-1', uscc: 'x', initialAuditFee: 1, proposed: { surveillanceFee: 2 } }] })).toEqual({
      items: [{ contractNo: 'HT-1', uscc: 'x', ...(sees ? { initialAuditFee: 1, proposed: { surveillanceFee: 2 } } : { proposed: {} }) }],
    });
  });

  // the regulator's report carries the fee, and whoever writes a client writes its fees: such a role must see them
  it.each(['clients:write', 'clients:import', 'reports:generate'] satisfies Permission[])('every role with %s sees fees', (permission) => {
    for (const role of roles.filter((r) => roleMay(r, permission))) expect(seeFees).toContain(role);
  });

  it('knows which columns a list query filters or sorts by', () => {
    expect(queriedColumns({ sort: 'contractNo', initialAuditFeeFrom: 1, status: ['active'], name: undefined })).toEqual([
      'contractNo',
      'initialAuditFee',
      'status',
    ]);
  });
});
