// Settings: interface language, agency and spokesperson identity, export defaults, backup policy, first-run state.
import { z } from 'zod';
import { documentFields, idSchema, languageSchema, layoutPresetIdSchema, line } from './common.js';

export const SETTINGS_SCHEMA_VERSION = 1;
export const SETTINGS_ID = 'settings';
/** How many recently opened packets are remembered. */
export const RECENT_PACKETS_MAX = 8;

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
    /** Packets opened lately, most recent first (File ▸ Open Recent, "Gần đây" on the packets screen). */
    recentPacketIds: z.array(idSchema).max(RECENT_PACKETS_MAX).default([]),
  })
  .strict();
export type SettingsFields = z.infer<typeof settingsFieldsSchema>;

export const settingsSchema = z
  .object({ ...documentFields(SETTINGS_SCHEMA_VERSION), ...settingsFieldsSchema.shape })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I> ? I : S[K]> };

/** Every field optional and without its default, so a patch changes only the fields it names. */
function patchShape<S extends z.ZodRawShape>(shape: S): PatchShape<S> {
  const patch: Record<string, z.ZodOptional> = {};
  for (const [key, schema] of Object.entries(shape)) {
    patch[key] = z.optional(schema instanceof z.ZodDefault ? schema.unwrap() : schema);
  }
  // The loop above builds exactly the mapped shape; TypeScript cannot follow Object.entries.
  return patch as PatchShape<S>;
}

/**
 * A partial settings update. (`settingsFieldsSchema.partial()` would not do: zod 4 still applies the defaults of
 * omitted fields, so changing the language would reset every other setting.)
 */
export const settingsPatchSchema = z.object(patchShape(settingsFieldsSchema.shape)).strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The recent list after `packetId` was opened: it moves to the front, ids no longer in `existing` drop out. */
export function withRecentPacket(recent: readonly string[], packetId: string, existing?: ReadonlySet<string>): string[] {
  const kept = recent.filter((id) => id !== packetId && (existing === undefined || existing.has(id)));
  return [packetId, ...kept].slice(0, RECENT_PACKETS_MAX);
}
