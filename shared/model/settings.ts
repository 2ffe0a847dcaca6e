// Settings: interface language, agency and spokesperson identity, export defaults, backup policy, first-run state.
import { z } from 'zod';
import { documentFields, languageSchema, layoutPresetIdSchema, line } from './common.js';

export const SETTINGS_SCHEMA_VERSION = 1;
export const SETTINGS_ID = 'settings';

export const settingsFieldsSchema = z
  .object({
    language: languageSchema.default('vi'),
    agencyName: line(300).default(''),
    parentAgencyName: line(300).default(''),
    /** Place name (địa danh) printed in the date line: "Hà Nội, ngày …". */
    placeName: line(100).default(''),
    spokespersonName: line(200).default(''),
    spokespersonTitle: line(200).default(''),
    contactPhone: line(50).default(''),
    contactEmail: z.union([z.literal(''), z.email({ message: 'validation.email' })]).default(''),
    defaultLayoutPreset: layoutPresetIdSchema.default('nd30'),
    /** Use an installed Times New Roman instead of the bundled metric-compatible font when present. */
    useSystemTimesNewRoman: z.boolean().default(true),
    backupKeep: z.number().int().min(1).max(100).default(10),
    backupIntervalMinutes: z.number().int().min(5).max(24 * 60).default(30),
    firstRunDone: z.boolean().default(false),
  })
  .strict();
export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

export const settingsSchema = z
  .object({ ...documentFields(SETTINGS_SCHEMA_VERSION), ...settingsFieldsSchema.shape })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
