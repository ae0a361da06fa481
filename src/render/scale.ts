/**
 * The two scales the kit draws with — linear and band — with d3-scale's arithmetic and API subset
 * (domain, range, ticks, nice, invert; bandwidth, step, padding). d3-scale's continuous scales carry
 * generic interpolation (d3-interpolate and d3-color, ≈ 6 KB gzip) that numeric axes never use, which
 * the bundle budget cannot afford; tick steps still come from d3-array.
 */
import { tickIncrement, ticks as arrayTicks } from 'd3-array';
import { at } from '../model/at.js';

/** A linear map from a numeric domain onto a numeric range (d3-scale `scaleLinear` semantics, no clamping). */
export interface ScaleLinear {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number] | readonly number[]): ScaleLinear;
  range(): [number, number];
  range(range: readonly [number, number] | readonly number[]): ScaleLinear;
  invert(value: number): number;
  ticks(count?: number): number[];
  nice(count?: number): ScaleLinear;
}

/**
 * `x` mapped from the interval `[a, a + d]` onto `[r0, r1]` with d3-scale's arithmetic, operation for operation:
 * t = (x − a) ÷ d (0.5 when d is 0, NaN when d is NaN), then r0 × (1 − t) + r1 × t.
 */
function mapped(x: number, a: number, d: number, r0: number, r1: number): number {
  const t = d ? (x - a) / d : d !== d ? NaN : 0.5;
  return r0 * (1 - t) + r1 * t;
}

/** Linear scale, by default domain [0, 1] → range [0, 1]. */
export function scaleLinear(): ScaleLinear {
  let d: [number, number] = [0, 1];
  let r: [number, number] = [0, 1];
  // The map's numbers, set whenever domain or range change: a scale runs once per drawn point, mostly in code the
  // engine has not optimised yet (a chart is drawn once), so a call is plain arithmetic on closure variables — no
  // closures per map, no array destructured per call. A descending domain maps from its lower end, as d3 does.
  let a = 0,
    span = 1,
    from = 0,
    to = 1;
  let ia = 0,
    ispan = 1,
    ifrom = 0,
    ito = 1;
  const refit = () => {
    const [d0, d1] = d;
    const [r0, r1] = r;
    [a, span, from, to] = d1 < d0 ? [d1, d0 - d1, r1, r0] : [d0, d1 - d0, r0, r1];
    [ia, ispan, ifrom, ito] = r1 < r0 ? [r1, r0 - r1, d1, d0] : [r0, r1 - r0, d0, d1];
  };
  const scale = ((x: number) => mapped(x, a, span, from, to)) as ScaleLinear;
  // Getter and setter of domain or range (first and last value); setting one refits the map.
  const ends = (get: () => [number, number], set: (value: [number, number]) => void) => (value?: readonly number[]) => {
    if (!value) return [...get()];
    set([+at(value, 0), +at(value, value.length - 1)]);
    refit();
    return scale;
  };
  scale.domain = ends(
    () => d,
    (value) => (d = value),
  ) as ScaleLinear['domain'];
  scale.range = ends(
    () => r,
    (value) => (r = value),
  ) as ScaleLinear['range'];
  scale.invert = (y) => mapped(y, ia, ispan, ifrom, ito);
  scale.ticks = (count = 10) => arrayTicks(d[0], d[1], count);
  scale.nice = (count = 10) => {
    // d3-scale's linearish nice(): widen the domain to tick steps until stable (at most 10 rounds).
    let start = d[0];
    let stop = d[1];
    const reversed = stop < start;
    if (reversed) [start, stop] = [stop, start];
    let prestep: number | undefined;
    for (let k = 0; k < 10; k++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d = reversed ? [stop, start] : [start, stop];
        refit();
        return scale;
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };
  return scale;
}

/** A band scale for categories (d3-scale `scaleBand` semantics: align 0.5, no rounding). */
export interface ScaleBand<T extends string = string> {
  (value: T): number | undefined;
  domain(): T[];
  domain(domain: Iterable<T>): ScaleBand<T>;
  range(): [number, number];
  range(range: readonly [number, number]): ScaleBand<T>;
  paddingInner(): number;
  paddingInner(padding: number): ScaleBand<T>;
  paddingOuter(): number;
  paddingOuter(padding: number): ScaleBand<T>;
  padding(padding: number): ScaleBand<T>;
  bandwidth(): number;
  step(): number;
}

/** Band scale: each category gets an equal band of the range, with inner and outer padding. */
export function scaleBand<T extends string = string>(): ScaleBand<T> {
  let domain: T[] = [];
  let index = new Map<T, number>();
  let r: [number, number] = [0, 1];
  let inner = 0;
  let outer = 0;
  let step = 1;
  let bandwidth = 1;
  let values: number[] = [];
  const rescale = () => {
    const n = domain.length;
    const reverse = r[1] < r[0];
    let start = reverse ? r[1] : r[0];
    const stop = reverse ? r[0] : r[1];
    step = (stop - start) / Math.max(1, n - inner + outer * 2);
    start += (stop - start - step * (n - inner)) * 0.5;
    bandwidth = step * (1 - inner);
    values = Array.from({ length: n }, (_, i) => start + step * i);
    if (reverse) values.reverse();
  };
  const scale = ((value: T) => {
    const i = index.get(value);
    return i === undefined ? undefined : values[i];
  }) as ScaleBand<T>;
  scale.domain = ((value?: Iterable<T>) => {
    if (!value) return [...domain];
    domain = [];
    index = new Map();
    for (const v of value) if (!index.has(v)) index.set(v, domain.push(v) - 1);
    rescale();
    return scale;
  }) as ScaleBand<T>['domain'];
  scale.range = ((value?: readonly [number, number]) => {
    if (!value) return [...r];
    r = [+value[0], +value[1]];
    rescale();
    return scale;
  }) as ScaleBand<T>['range'];
  scale.paddingInner = ((p?: number) => {
    if (p === undefined) return inner;
    inner = Math.min(1, p);
    rescale();
    return scale;
  }) as ScaleBand<T>['paddingInner'];
  scale.paddingOuter = ((p?: number) => {
    if (p === undefined) return outer;
    outer = p;
    rescale();
    return scale;
  }) as ScaleBand<T>['paddingOuter'];
  scale.padding = (p) => {
    inner = Math.min(1, p);
    outer = p;
    rescale();
    return scale;
  };
  scale.bandwidth = () => bandwidth;
  scale.step = () => step;
  return scale;
}
