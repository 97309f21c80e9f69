import { remembering } from '../text/remember.js';

/**
 * The leads in a lead cell. A cell is split ("Susanne Leece & Anna Berry", "A, B & C") only where
 * every part is a lead in its own right: a name in the register, or a person's name. A job title
 * with "&" ("Head of HR & OD", "Fleet & Transport Manager") or a place after a comma ("School
 * Business Manager, Hillcrest") is one lead, as is a cell that is itself in the register.
 */
const SEPARATORS = /\s*(?:,|;|&|\+|\/|\n|\band\b)\s*/i;

export function leadNames(text: string, register: LeadRegisterIndex | undefined): string[] {
  const whole = text.trim();
  if (whole === '') return [];
  if (register?.has(whole)) return [whole];
  const parts = whole
    .split(SEPARATORS)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return parts.every((part) => register?.has(part) || isPersonName(part)) ? parts : [whole];
}

/** Words that make a part a role, a team or a place rather than a person. */
const NOT_A_PERSON = /\b(?:head|manager|director|officer|lead|team|service|services|board|partnership|council|department|unit|group|panel|committee|chief|assistant|deputy|executive|member|coordinator|co-ordinator|advisor|adviser|commissioner|principal|senior|school|hr|od|ict|it|finance|legal|of|and|for|the)\b/i;

/** "Anna Berry", "J. Smith", "Mary-Jane O'Neill": two to four capitalised words, none a role word. */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || NOT_A_PERSON.test(text)) return false;
  return words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
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
