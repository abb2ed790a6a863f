import { z } from 'zod';

/** A fee in yuan as the database keeps it, numeric(12,2): 0 to 9,999,999,999.99, at most two decimals. */
export const moneySchema = z
  .number()
  .refine((v) => v >= 0 && v <= 9_999_999_999.99 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'MONEY' });
