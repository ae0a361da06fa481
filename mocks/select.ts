/**
 * Reading a simulated portfolio: the books matching a query, month labels, and the (memoised)
 * complaints and operations of one book-month shared by the complaints, agents, channels and
 * compliance metrics so that they agree with each other.
 */
import { monthLabel } from './calendar.js';
import { rngFor } from './random.js';
import type { ResolvedQuery } from './query.js';
import type { Portfolio } from './portfolio-types.js';
import type { AgentProfile } from './simulate/agents.js';
import type { SegmentBook } from './simulate/book.js';
import { COMPLAINT_FIELDS, complaintsMonth } from './simulate/complaints.js';
import {
  customerPart,
  customerParts,
  isCustomerPart,
  randomSplit,
  type CustomerPart,
} from './simulate/customer-segments.js';
import { operationsMonth, type OperationsMonth } from './simulate/operations.js';

/**
 * Books (product × region) matching the query's product and region filters; with a customer `segment`,
 * that segment's part of each (customer-segments.ts).
 */
export function selectSegments(
  p: Portfolio,
  q: Pick<ResolvedQuery, 'products' | 'regions'> & { segment?: string | null },
): SegmentBook[] {
  const books = p.segments.filter(
    (s) => (!q.products || q.products.includes(s.product)) && (!q.regions || q.regions.includes(s.region)),
  );
  const segment = q.segment;
  if (!segment) return books;
  return books.flatMap((b) => customerPart(p.options.seed, b, p.buckets.length, segment) ?? []);
}

/** `YYYY-MM` label of a reported month index. */
export function reportedMonth(p: Portfolio, r: number): string {
  return monthLabel(p.start + r);
}

/** Active accounts (all buckets) of one book at the end of reported month `r`. */
export function activeAccounts(p: Portfolio, s: SegmentBook, r: number): number {
  const B = p.buckets.length;
  let n = 0;
  for (let b = 0; b < B; b++) n += s.overdueAccounts[r * B + b]!;
  return n;
}

interface Memo {
  complaints: Map<string, Int32Array>;
  operations: Map<string, OperationsMonth>;
  regionAgents: Map<string, AgentProfile[]>;
}

const memos = new WeakMap<Portfolio, Memo>();

function memoOf(p: Portfolio): Memo {
  let memo = memos.get(p);
  if (!memo) {
    memo = { complaints: new Map(), operations: new Map(), regionAgents: new Map() };
    memos.set(p, memo);
  }
  return memo;
}

/** Collectors working the books of a region, in `agentId` order. */
export function agentsOfRegion(p: Portfolio, region: string): AgentProfile[] {
  const memo = memoOf(p);
  let list = memo.regionAgents.get(region);
  if (!list) {
    list = p.agents.filter((a) => a.region === region);
    memo.regionAgents.set(region, list);
  }
  return list;
}

/** Complaint cells of one book-month (see `complaintsMonth`). */
export function complaintsOf(p: Portfolio, s: SegmentBook, r: number): Int32Array {
  if (isCustomerPart(s)) return partComplaints(p, s.parent, r)[customerIndex(p, s)] ?? new Int32Array(0);
  const memo = memoOf(p);
  const key = `${s.product}/${s.region}/${r}`;
  let cells = memo.complaints.get(key);
  if (!cells) {
    cells = complaintsMonth(
      p.options.seed,
      s.product,
      s.region,
      p.start + r,
      activeAccounts(p, s, r),
      p.months - 1 - r,
    );
    memo.complaints.set(key, cells);
  }
  return cells;
}

/** Operations of one book-month (desk, channels, compliance); memoised unless the desk is huge. */
export function operationsOf(p: Portfolio, s: SegmentBook, r: number): OperationsMonth {
  const memo = memoOf(p);
  const key = `${s.product}/${s.region}/${r}`;
  const cached = memo.operations.get(key);
  if (cached) return cached;
  const regionStage = [0, 0, 0];
  for (const other of p.segments) {
    if (other.region !== s.region) continue;
    for (let k = 0; k < 3; k++) regionStage[k]! += other.stageAccounts[r * 3 + k]!;
  }
  const ops = operationsMonth(p.options.seed, s, r, agentsOfRegion(p, s.region), complaintsOf(p, s, r), regionStage);
  if (p.agents.length <= 200) memo.operations.set(key, ops);
  return ops;
}

/** Index of a customer part among its book's parts. */
function customerIndex(p: Portfolio, part: CustomerPart): number {
  return customerParts(p.options.seed, part.parent, p.buckets.length).findIndex(
    (c) => c.customerSegment === part.customerSegment,
  );
}

const partCells = new WeakMap<Portfolio, Map<string, Int32Array[]>>();

/**
 * The complaint cells of one book-month split by customer segment: received at random in proportion to the
 * segments' active accounts, closed within received, closed on time and upheld within closed (each exact).
 */
function partComplaints(p: Portfolio, book: SegmentBook, r: number): Int32Array[] {
  let memo = partCells.get(p);
  if (!memo) partCells.set(p, (memo = new Map<string, Int32Array[]>()));
  const key = `${book.product}/${book.region}/${r}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const whole = complaintsOf(p, book, r);
  const parts = customerParts(p.options.seed, book, p.buckets.length);
  const out = parts.map(() => new Int32Array(whole.length));
  const active = parts.map((part) => activeAccounts(p, part, r));
  const rng = rngFor(p.options.seed, 'segment-complaints', book.product, book.region, r);
  for (let c = 0; c < whole.length; c += COMPLAINT_FIELDS) {
    const received = randomSplit(rng, whole[c] ?? 0, active);
    const closed = randomSplit(rng, whole[c + 1] ?? 0, received);
    const onTime = randomSplit(rng, whole[c + 2] ?? 0, closed);
    const upheld = randomSplit(rng, whole[c + 3] ?? 0, closed);
    out.forEach((cells, s) => {
      cells[c] = received[s] ?? 0;
      cells[c + 1] = closed[s] ?? 0;
      cells[c + 2] = onTime[s] ?? 0;
      cells[c + 3] = upheld[s] ?? 0;
    });
  }
  memo.set(key, out);
  return out;
}
