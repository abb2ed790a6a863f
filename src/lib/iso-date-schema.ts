import { z } from 'zod';
import { isIsoDate } from './dates.js';

/** A calendar date in the API: 'YYYY-MM-DD'; an invalid one is reported with the DATE field error. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'DATE' }).describe('YYYY-MM-DD');
