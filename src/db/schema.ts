export * from '../modules/branches/branch.schema.js';
export * from '../modules/clients/client.schema.js';
export * from '../modules/auth/auth.schema.js';
export * from '../audit-log/audit-log.schema.js';
export * from '../modules/parameters/parameter.schema.js';
export * from '../modules/calendar/holiday.schema.js';
export * from '../modules/certificates/certificate.schema.js';
export * from '../jobs/job.schema.js';
