import type { ContextCore } from './client-object.js';

// Compile-time guards that keep the fake's public surface a subset of @types/office-js.
//
// `implements ApiShape<Excel.Range>` checks every member the fake declares against the real one:
// scalar properties must have the real type, methods must accept the real (last-overload) arguments,
// navigation properties (proxies, collections, the request context) are checked by name only.
// `NoExtraMembers<Fake, Excel.Range>` fails to compile when the fake declares a public member the
// real class does not have, so the fake cannot drift from the real API.

type Member<V> = V extends (...args: infer A) => unknown
  ? (...args: A) => unknown
  : V extends OfficeExtension.ClientObject | OfficeExtension.ClientRequestContext | readonly OfficeExtension.ClientObject[]
    ? unknown
    : V;

export type ApiShape<Real> = { [K in keyof Real]?: Member<Real[K]> };

type Extra<Fake, Real> = Exclude<keyof Fake, keyof Real>;

/** Resolves to `true` when Fake declares nothing beyond Real; otherwise to a type naming the extras. */
export type NoExtraMembers<Fake, Real> = [Extra<Fake, Real>] extends [never] ? true : { membersNotInOfficeJs: Extra<Fake, Real> };

/** String enum objects checked against the real enum: every key must exist with the same value. */
export type EnumShape<E> = { readonly [K in keyof E]?: `${E[K] & string}` };

/** Loader tables keyed by the real `Excel.Interfaces.XData` property names (excess keys fail to compile). */
export type LoadersOf<Data, T> = { [K in keyof Data]?: (t: T, ctx: ContextCore) => unknown };
