import { certificateJobHandlers } from '../modules/certificates/certificate.service.js';
import type { JobHandler } from './outbox.js';

/** Every kind of job, and the module function that does it. */
export const jobHandlers: Record<string, JobHandler> = { ...certificateJobHandlers };
