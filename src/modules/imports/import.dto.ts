import { z } from 'zod';
import { FieldErrorSchema } from '../../lib/common-schemas.js';

/** A refused row of an import file: what is wrong in which column, the cell as read, the row's number and name to find it by. */
export const RowErrorsSchema = z
  .object({
    row: z.number(),
    contractNo: z.string().optional().describe("the row's contract number as the file gives it"),
    name: z.string().optional().describe("the row's organisation name as the file gives it"),
    errors: z.array(FieldErrorSchema),
  })
  .meta({ id: 'ImportRowErrors' });
