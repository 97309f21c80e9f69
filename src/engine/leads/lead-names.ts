import { remembering } from '../text/remember.js';

/**
 * The names in a lead cell: "Susanne Leece & Anna Berry", "A, B & C", "Finance / HR". A cell
 * that is itself a name in the register ("Finance and HR Team") is not split.
 */
const SEPARATORS = /\s*(?:,|;|&|\+|\/|\n|\band\b)\s*/i;

export function leadNames(text: string, register: LeadRegisterIndex | undefined): string[] {
  const whole = text.trim();
  if (whole === '') return [];
  if (register?.has(whole)) return [whole];
  return whole
    .split(SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Lead cells repeat the same few names down a tracker; their keys are worked out once. */
const REMEMBERED_NAMES = 65_536;

/** Register names compared the way an officer would: case and spacing do not matter. */
export class LeadRegisterIndex {
  private readonly byKey = new Map<string, string>();
  private readonly keyOf = remembering(nameKey, REMEMBERED_NAMES);

  constructor(readonly names: readonly string[]) {
    for (const name of names) this.byKey.set(nameKey(name), name);
  }

  has(name: string): boolean {
    return this.byKey.has(this.keyOf(name));
  }

  /** The register's own spelling of a name, when it is there. */
  spellingOf(name: string): string | undefined {
    return this.byKey.get(this.keyOf(name));
  }
}

export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
