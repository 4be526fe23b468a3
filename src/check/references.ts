// Cross-reference rules: ids are unique; `segments`, `depends_on`, `relieves` and `creates` name
// ids that exist and are of the right kind.
import type { Canvas, ValueProposition } from '../format/canvas.js';
import { itemListPath, itemLists } from '../format/blocks.js';
import { formatPath, type PathSegment, type Locator } from '../load/locate.js';
import { declaredIds, describeKind, type DeclaredId } from './id-index.js';
import type { Problem } from '../load/problem.js';
import { SuggestionBudget } from './suggest.js';

export function checkReferences(canvas: Canvas, locator: Locator, budget = new SuggestionBudget()): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: string, message: string, path: PathSegment[], suggestion?: string): void => {
    const { line, column } = locator.locate(path);
    const problem: Problem = { severity: 'error', rule, message, line, column, path: formatPath(path) };
    if (suggestion !== undefined) problem.suggestion = suggestion;
    problems.push(problem);
  };

  const ids = declaredIds(canvas);
  const byId = new Map<string, DeclaredId>();
  for (const declared of ids) {
    const first = byId.get(declared.id);
    if (first) {
      const { line } = locator.locate(first.path);
      report(
        'duplicate-id',
        `The id \`${declared.id}\` is already used by ${describeKind(first.kind)} on line ${line}; ids must be unique in the file`,
        declared.path,
      );
    } else {
      byId.set(declared.id, declared);
    }
  }
  const segmentIds = (): string[] => canvas.customer_segments.map((segment) => segment.id).filter((id) => id !== '');

  const checkSegmentRef = (ref: string, path: PathSegment[]): void => {
    const target = byId.get(ref);
    if (target?.kind === 'segment') return;
    if (target) {
      report('wrong-reference-kind', `\`${ref}\` is ${describeKind(target.kind)}, not a customer segment`, path);
    } else {
      const suggestion = budget.closest(ref, segmentIds, 'segment');
      report('unknown-reference', `\`${ref}\` is not a customer segment id in this file`, path, suggestion);
    }
  };

  canvas.customer_segments.forEach((segment, index) => {
    segment.depends_on?.forEach((ref, refIndex) => {
      const path: PathSegment[] = ['customer_segments', index, 'depends_on', refIndex];
      if (ref === segment.id) report('self-reference', `Segment \`${ref}\` cannot depend on itself`, path);
      else checkSegmentRef(ref, path);
    });
  });

  for (const { key, items } of itemLists(canvas)) {
    const base = itemListPath(key);
    items.forEach((item, index) => {
      item.segments?.forEach((ref, refIndex) => checkSegmentRef(ref, [...base, index, 'segments', refIndex]));
    });
  }

  const profileIds = new ProfileIds(ids);
  canvas.value_propositions.forEach((proposition, index) => {
    checkProfileRefs(proposition, index, 'relieves', 'pain', byId, profileIds, budget, report);
    checkProfileRefs(proposition, index, 'creates', 'gain', byId, profileIds, budget, report);
  });
  return problems;
}

function checkProfileRefs(
  proposition: ValueProposition,
  index: number,
  field: 'relieves' | 'creates',
  wanted: 'pain' | 'gain',
  byId: ReadonlyMap<string, DeclaredId>,
  profileIds: ProfileIds,
  budget: SuggestionBudget,
  report: (rule: string, message: string, path: PathSegment[], suggestion?: string) => void,
): void {
  const served = proposition.segments;
  const servedSet = served && new Set(served);
  const candidates = (): string[] => profileIds.of(wanted, served);
  const scope = `${wanted}:${served?.join(',') ?? '*'}`;
  proposition[field]?.forEach((ref, refIndex) => {
    const path: PathSegment[] = ['value_propositions', index, field, refIndex];
    const target = byId.get(ref);
    if (!target) {
      report('unknown-reference', `\`${ref}\` is not the id of a ${wanted} in this file`, path, budget.closest(ref, candidates, scope));
    } else if (target.kind !== wanted) {
      const other = field === 'relieves' ? 'creates' : 'relieves';
      const hint = target.kind === 'pain' || target.kind === 'gain' ? `; list it under \`${other}\`` : '';
      report('wrong-reference-kind', `\`${ref}\` is ${describeKind(target.kind)}, not a ${wanted}${hint}`, path);
    } else if (servedSet && !servedSet.has(target.segmentId ?? '')) {
      report(
        'reference-outside-segments',
        `\`${ref}\` is a ${wanted} of segment \`${target.segmentId}\`, which this value proposition does not serve; add \`${target.segmentId}\` to its \`segments\``,
        path,
      );
    }
  });
}

/** The ids of pains and gains by segment: the candidates of "did you mean" for `relieves`/`creates`. */
class ProfileIds {
  private readonly bySegment = new Map<string, DeclaredId[]>();
  private readonly all: DeclaredId[] = [];

  constructor(ids: readonly DeclaredId[]) {
    for (const declared of ids) {
      if (declared.kind !== 'pain' && declared.kind !== 'gain') continue;
      this.all.push(declared);
      const list = this.bySegment.get(declared.segmentId ?? '');
      if (list) list.push(declared);
      else this.bySegment.set(declared.segmentId ?? '', [declared]);
    }
  }

  /** Pains or gains of the served segments; of every segment when `served` is absent (shared). */
  of(kind: 'pain' | 'gain', served: readonly string[] | undefined): string[] {
    const pool = served ? served.flatMap((segmentId) => this.bySegment.get(segmentId) ?? []) : this.all;
    return pool.filter((declared) => declared.kind === kind).map((declared) => declared.id);
  }
}
