import { BRAG_CATEGORIES } from './brag.js';
import { COLUMN_ROLES } from './column-role.js';
import { DEFAULT_PROFILE } from './default-profile.js';
import { profileFileSchema, profileSchema, type Profile, type ProfileFile } from './profile-schema.js';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; message: string };

/** Reads a profile file's text (JSON) onto the defaults; a bad file gives a message, never a throw. */
export function loadProfile(jsonText: string, base: Profile = DEFAULT_PROFILE): ProfileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    return { ok: false, message: `the profile is not valid JSON (${(error as Error).message})` };
  }
  const parsed = profileFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return { ok: false, message: `the profile is not valid${where}: ${first?.message ?? 'unknown problem'}` };
  }
  return { ok: true, profile: profileSchema.parse(mergeProfile(base, parsed.data)) };
}

export function mergeProfile(base: Profile, file: ProfileFile): Profile {
  const replace = file.replaceDefaults === true;
  const combine = (defaults: string[], extra: string[] | undefined): string[] =>
    extra === undefined ? defaults : replace ? extra : [...extra, ...defaults];

  const categories = { ...base.categories };
  for (const category of BRAG_CATEGORIES) {
    const given = file.categories?.[category];
    if (!given) continue;
    const merged = {
      ...categories[category],
      ...(given.label !== undefined && { label: given.label }),
      wordings: combine(categories[category].wordings, given.wordings),
    };
    categories[category] = given.canonical === undefined ? merged : { ...merged, canonical: given.canonical };
  }

  const columns = { ...base.columns };
  for (const role of COLUMN_ROLES) columns[role] = combine(base.columns[role], file.columns?.[role]);

  const merged: Profile = {
    ...base,
    name: file.name ?? base.name,
    categories,
    columns,
    datePlaceholders: combine(base.datePlaceholders, file.datePlaceholders),
    progressWords: {
      slipped: combine(base.progressWords.slipped, file.progressWords?.slipped),
      completed: combine(base.progressWords.completed, file.progressWords?.completed),
      negations: combine(base.progressWords.negations, file.progressWords?.negations),
      resolutions: combine(base.progressWords.resolutions, file.progressWords?.resolutions),
      recovered: combine(base.progressWords.recovered, file.progressWords?.recovered),
    },
    palette: { ...base.palette, ...definedOnly(file.palette ?? {}) },
  };
  return file.baselineDate === undefined ? merged : { ...merged, baselineDate: file.baselineDate };
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
