// The proxy machinery: a request context that queues commands and runs them at sync(), and the
// base classes every fake Office.js object derives from. Scalar properties throw PropertyNotLoaded
// until loaded and synced; writes and method calls are queued and take effect at sync().

import { FakeOfficeError, fail, propertyNotLoaded } from './errors.js';
import type { SheetModel, WorkbookModel } from './model.js';

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Rough size of one command's envelope (object path, ids) in a request. */
const COMMAND_OVERHEAD_BYTES = 40;
/** Rough size of a request's or response's own envelope (headers, batch wrapper), counted against the limit. */
export const ENVELOPE_BYTES = 1024;

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports (default "1.12"). Newer calls throw ApiNotFound. */
  excelApi?: string;
  /** Request and response limit per sync, in UTF-8 bytes with the envelope; Excel on the web uses 5 MB. */
  payloadLimitBytes?: number;
  /** Replays how Excel on the web has been seen failing on large reads; see LargeReadFailure. */
  largeReads?: LargeReadFailure;
  /** The add-in the batch runs as: settings are kept per add-in (default DEFAULT_ADDIN_ID). */
  addinId?: string;
}

/**
 * A read (values, text, formulas, number formats, value types, cell properties) of more than
 * `overCells` cells fails: 'GeneralException' rejects the sync, 'NullValues' succeeds with null
 * where the 2-D array should be. `times` limits how many reads fail (default: all), so an adapter's
 * retry in smaller blocks can be tested. Past 5,000,000 cells reads fail with RangeExceedsLimit anyway.
 */
export interface LargeReadFailure {
  overCells: number;
  failure: 'GeneralException' | 'NullValues';
  times?: number;
}

export interface SyncRecord {
  /** Commands sent: property sets, method calls (including ones returning proxies) and loads. */
  commands: number;
  labels: string[];
  requestBytes: number;
  responseBytes: number;
  /** True for the final sync Excel.run performs after the batch resolves. */
  implicit: boolean;
  error?: string;
}

export class FakeExcelStats {
  runs = 0;
  /** Reads failed on purpose by FakeExcelOptions.largeReads. */
  failedLargeReads = 0;
  readonly syncs: SyncRecord[] = [];
  /** context.sync() calls made by the code under test (not counting Excel.run's own final sync). */
  get syncCount(): number { return this.syncs.filter((s) => !s.implicit).length; }
  /** Syncs that actually carried commands to the host, including Excel.run's final one. */
  get roundTrips(): number { return this.syncs.filter((s) => s.commands > 0).length; }
  get commandCount(): number { return this.syncs.reduce((n, s) => n + s.commands, 0); }
  get maxRequestBytes(): number { return Math.max(0, ...this.syncs.map((s) => s.requestBytes)); }
  get maxResponseBytes(): number { return Math.max(0, ...this.syncs.map((s) => s.responseBytes)); }
  reset(): void {
    this.runs = 0;
    this.failedLargeReads = 0;
    this.syncs.length = 0;
  }
}

export interface SyncIO {
  /** Records data for the response; `commit` runs only if the whole sync succeeds. */
  stage(commit: () => void, bytes: number): void;
}

const utf8 = new TextEncoder();

/** Size on the wire: the JSON text in UTF-8 bytes ("–" is 3 bytes, not 1). */
export function jsonBytes(value: unknown): number {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : utf8.encode(json).length;
  } catch {
    return 0;
  }
}

export function versionAtLeast(have: string, need: string | number): boolean {
  const [hm = 0, hn = 0] = have.split('.').map(Number);
  const [nm = 0, nn = 0] = String(need).split('.').map(Number);
  return hm > nm || (hm === nm && hn >= nn);
}

/** One request context: the queue of commands and what sync() does with them. */
export class ContextCore {
  private queue: Array<{ label: string; bytes: number; run: (io: SyncIO) => void }> = [];
  closed = false;
  screenUpdatingSuspended = false;
  /** The Excel.RequestContext-shaped object handed to code under test. */
  facade: unknown;

  constructor(
    readonly model: WorkbookModel,
    readonly options: FakeExcelOptions,
    readonly stats: FakeExcelStats,
  ) {}

  enqueue(label: string, bytes: number, run: (io: SyncIO) => void): void {
    if (this.closed) fail('InvalidObjectPath', `'${label}' was called after Excel.run finished; it will never be sent (missing await?).`, label);
    this.queue.push({ label, bytes: bytes + COMMAND_OVERHEAD_BYTES, run });
  }

  /** What a read of `cells` cells does under FakeExcelOptions.largeReads: undefined means it succeeds. */
  largeReadFailure(cells: number): LargeReadFailure['failure'] | undefined {
    const rule = this.options.largeReads;
    if (!rule || cells <= rule.overCells || this.stats.failedLargeReads >= (rule.times ?? Infinity)) return undefined;
    this.stats.failedLargeReads++;
    return rule.failure;
  }

  requireApi(version: string, api: string): void {
    if (versionAtLeast(this.options.excelApi ?? '1.12', version)) return;
    fail('ApiNotFound', `The method or property ${api} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`, api);
  }

  /** Rejects an oversized request whole; otherwise runs commands in order and stops at the first failure. */
  async sync(implicit = false): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const limit = this.options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT;
    const requestBytes = commands.length === 0 ? 0 : ENVELOPE_BYTES + commands.reduce((n, c) => n + c.bytes, 0);
    const record: SyncRecord = { commands: commands.length, labels: commands.map((c) => c.label), requestBytes, responseBytes: commands.length === 0 ? 0 : ENVELOPE_BYTES, implicit };
    this.stats.syncs.push(record);
    await Promise.resolve();
    try {
      if (requestBytes > limit) fail('RequestPayloadSizeLimitExceeded');
      const commits: Array<() => void> = [];
      const io: SyncIO = { stage: (commit, bytes) => void (commits.push(commit), (record.responseBytes += bytes)) };
      for (const command of commands) {
        try {
          command.run(io);
        } catch (e) {
          if (e instanceof FakeOfficeError) e.debugInfo = { errorLocation: command.label, ...e.debugInfo, statement: command.label };
          throw e;
        }
      }
      if (record.responseBytes > limit) fail('ResponsePayloadSizeLimitExceeded');
      for (const commit of commits) commit();
    } catch (e) {
      record.error = e instanceof FakeOfficeError ? e.code : String(e);
      throw e;
    } finally {
      this.screenUpdatingSuspended = false;
    }
  }
}

/** Refuses changes to a deleted sheet, or (unless `readOnly`) a protected one, as Excel does at sync. */
export function writable(sheet: SheetModel, readOnly = false): SheetModel {
  if (sheet.deleted) fail('ItemNotFound', `The worksheet '${sheet.name}' has been deleted.`);
  if (sheet.protected && !readOnly) fail('AccessDenied', `The worksheet '${sheet.name}' is protected.`);
  return sheet;
}

export const live = (sheet: SheetModel): SheetModel => writable(sheet, true);

export function isNotFound(e: unknown): boolean {
  return e instanceof FakeOfficeError && e.code === 'ItemNotFound';
}

export class FakeClientResult<R> implements OfficeExtension.ClientResult<R> {
  private ready = false;
  private result: R | undefined;
  get value(): R {
    if (!this.ready) throw new FakeOfficeError('ValueNotLoaded');
    return this.result as R;
  }
  static settle<R>(r: FakeClientResult<R>, value: R): void {
    r.ready = true;
    r.result = value;
  }
}

/** How each loadable scalar property is read from the model. */
export type Loaders<T> = Record<string, (t: T, ctx: ContextCore) => unknown>;
/** How each writable scalar property is applied at sync; values arrive untyped and are validated there. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- written values come from code under test
export type Setters<T> = Record<string, (t: T, value: any, ctx: ContextCore) => void>;
type LoadSpec = string | string[] | object;

/** load("a, b/c"), load(["a"]), load({ select, expand }) or load({ a: true, b: { c: true } }); null means all scalars. */
function parseSpec(spec: LoadSpec | undefined): string[] | null {
  const split = (s: string): string[] => s.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (spec === undefined || spec === null) return null;
  if (typeof spec === 'string') return split(spec);
  if (Array.isArray(spec)) return spec.flatMap(split);
  const o = spec as Record<string, unknown>;
  if ('select' in o || 'expand' in o) return [o['select'] ?? [], o['expand'] ?? []].flat().flatMap((s) => split(String(s)));
  if (o['$all'] === true) return null;
  const walk = (node: Record<string, unknown>, prefix: string): string[] =>
    Object.entries(node).flatMap(([k, v]) =>
      k.startsWith('$') ? [] : v === true ? [prefix + k] : v && typeof v === 'object' ? walk(v as Record<string, unknown>, `${prefix}${k}/`) : [],
    );
  return walk(o, '');
}

export interface ObjectOptions {
  /** The object came from an *OrNullObject method: a missing target makes it a null object. */
  nullable?: boolean;
  /** Label of the method call that created it; queues a command that resolves the target there. */
  createdBy?: string;
  /** Size of the arguments of that call. */
  argBytes?: number;
}

const CLASSES = new WeakMap<object, { type: string; loaders: Loaders<never> }>();

/** Base of every fake proxy. `T` is what the proxy points at in the model once resolved. */
export abstract class FakeObject<T> {
  protected readonly _type: string;
  protected readonly _loaders: Loaders<T>;
  private readonly nullable: boolean;
  private readonly createdBy: string | undefined;
  private cache: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  private readonly fields = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly kids = new Map<string, unknown>();

  constructor(
    protected readonly _ctx: ContextCore,
    private readonly resolver: () => T,
    options: ObjectOptions = {},
  ) {
    const info = CLASSES.get(new.target.prototype) ?? fail('GeneralException', `${new.target.name} did not call define().`);
    this._type = info.type;
    this._loaders = info.loaders as Loaders<T>;
    this.nullable = options.nullable ?? false;
    this.createdBy = options.createdBy;
    if (options.createdBy === undefined) return;
    this._ctx.enqueue(options.createdBy, options.argBytes ?? 0, (io) => {
      try {
        this._target();
        if (this.nullable) io.stage(() => (this.nullState = false), 20);
      } catch (e) {
        if (this.nullable && isNotFound(e)) io.stage(() => (this.nullState = true), 20); // otherwise it surfaces on use
      }
    });
  }

  /**
   * Registers the Office.js type name and installs the scalar properties the subclass `declare`s:
   * getters throw PropertyNotLoaded until loaded and synced; setters keep the value locally (as
   * office.js does) and queue a command that applies it at sync.
   */
  protected static define<T>(this: abstract new (...args: never[]) => FakeObject<T>, type: string, loaders: Loaders<T> = {}, setters: Setters<T> = {}): void {
    CLASSES.set(this.prototype, { type, loaders });
    for (const name of new Set([...Object.keys(loaders), ...Object.keys(setters)])) {
      const apply = setters[name];
      const setter = {
        set(this: FakeObject<T>, value: unknown) {
          this.fields.set(name, value);
          this._ctx.enqueue(`${this._type}.${name}=`, jsonBytes(value), () => apply?.(this._target(), value, this._ctx));
        },
      };
      const getter = {
        get(this: FakeObject<T>) {
          return this._get(name);
        },
      };
      Object.defineProperty(this.prototype, name, { configurable: true, ...getter, ...(apply ? setter : {}) });
    }
  }

  get context(): Excel.RequestContext { return this._ctx.facade as Excel.RequestContext; }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this._type, 'isNullObject');
    return this.nullState;
  }

  load(propertyNames?: LoadSpec): this {
    const props = parseSpec(propertyNames);
    this._ctx.enqueue(`${this._type}.load(${props?.join(',') ?? ''})`, jsonBytes(props), (io) => this._computeLoad(props, io));
    return this;
  }

  toJSON(): Record<string, unknown> { return Object.fromEntries(this.fields); }

  /** The model object behind the proxy; throws the resolution error (e.g. ItemNotFound) if there is none. */
  protected _target(): T {
    if (!this.cache) {
      try {
        this.cache = { ok: true, value: this.resolver() };
      } catch (error) {
        if (error instanceof FakeOfficeError && this.createdBy !== undefined) error.debugInfo.errorLocation ??= this.createdBy;
        this.cache = { ok: false, error };
      }
    }
    if (!this.cache.ok) throw this.cache.error;
    return this.cache.value;
  }

  protected _get<V>(name: string): V {
    if (this.fields.has(name)) return this.fields.get(name) as V;
    if (this.nullState === true) return null as V;
    throw propertyNotLoaded(this._type, name);
  }

  /** A method call with no return value, applied at sync. */
  protected _call(method: string, args: unknown[], apply: (t: T, ctx: ContextCore) => void): void {
    this._ctx.enqueue(`${this._type}.${method}`, jsonBytes(args), () => apply(this._target(), this._ctx));
  }

  protected _result<R>(method: string, args: unknown[], compute: (t: T) => R): FakeClientResult<R> {
    const result = new FakeClientResult<R>();
    this._ctx.enqueue(`${this._type}.${method}`, jsonBytes(args), (io) => {
      const value = compute(this._target());
      io.stage(() => FakeClientResult.settle(result, value), jsonBytes(value));
    });
    return result;
  }

  /** Navigation property: the same child proxy every time, resolved lazily from this one. */
  protected _nav<C>(name: string, make: () => C): C {
    if (!this.kids.has(name)) this.kids.set(name, make());
    return this.kids.get(name) as C;
  }

  /** Object.set(): nested plain objects go to navigation properties, the rest through setters. */
  protected _setMany(properties: object): void {
    const self = this as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(properties)) {
      const kid = k in this._loaders ? undefined : self[k];
      if (kid instanceof FakeObject && v && typeof v === 'object') kid._setMany(v as object);
      else if (Object.getOwnPropertyDescriptor(Object.getPrototypeOf(this), k)?.set) self[k] = v;
      else fail('InvalidArgument', `${this._type}.set: '${k}' is not a settable property in fake-excel.`);
    }
  }

  /** Runs at sync: reads the requested properties (and nested paths) into a snapshot committed with the response. */
  protected _computeLoad(props: string[] | null, io: SyncIO): void {
    let target: T;
    try {
      target = this._target();
    } catch (e) {
      if (!this.nullable || !isNotFound(e)) throw e;
      return io.stage(() => (this.nullState = true), 20);
    }
    const own: Record<string, unknown> = {};
    const nested = new Map<FakeObject<unknown>, string[]>();
    for (const path of props ?? Object.keys(this._loaders)) {
      const [head = '', ...rest] = path.split('/');
      const loader = this._loaders[head];
      if (loader && rest.length === 0) {
        own[head] = loader(target, this._ctx);
        continue;
      }
      const kid: unknown = loader ? undefined : (this as unknown as Record<string, unknown>)[head];
      if (!(kid instanceof FakeObject)) fail('InvalidArgument', `The property '${path}' is not part of ${this._type} (or fake-excel does not model it).`);
      nested.set(kid, [...(nested.get(kid) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
    }
    const json = JSON.stringify(own);
    const snapshot = JSON.parse(json) as Record<string, unknown>;
    io.stage(() => {
      for (const [k, v] of Object.entries(snapshot)) this.fields.set(k, v);
      this.nullState = false;
    }, jsonBytes(snapshot));
    for (const [kid, list] of nested) kid._computeLoad(list.length > 0 ? list : null, io);
  }

  /** The model target of another proxy passed as an argument (from this context only). */
  static targetOf<U>(other: FakeObject<U>, ctx: ContextCore): U {
    if (other._ctx !== ctx) fail('InvalidRequestContext');
    return other._target();
  }

  /** A collection's load: `items`, `items/x` or plain `x` all load x on every item. */
  protected static loadItems(owner: FakeObject<unknown>, items: unknown[], props: string[] | null, io: SyncIO): void {
    const itemProps = props === null || props.includes('items') ? null : props.map((p) => p.replace(/^items\//, ''));
    for (const item of items) (item as FakeObject<unknown>)._computeLoad(itemProps, io);
    io.stage(() => owner.fields.set('items', items), 2);
  }
}

/** Base of collections: `items` after load, getCount(); loads apply to every item. */
export abstract class FakeCollection<T, I> extends FakeObject<T> {
  protected abstract _list(t: T): I[];
  get items(): I[] { return this._get('items'); }
  getCount(): OfficeExtension.ClientResult<number> { return this._result('getCount', [], (t) => this._list(t).length); }
  protected override _computeLoad(props: string[] | null, io: SyncIO): void {
    FakeObject.loadItems(this as FakeObject<unknown>, this._list(this._target()), props, io);
  }
}
