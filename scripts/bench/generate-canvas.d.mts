export interface GenerateOptions {
  /** Number of customer segments (default 20). */
  segments?: number;
  /** Items that name no segments, spread over resources, activities, partnerships and costs (default 5). */
  shared?: number;
  name?: string;
}
/** The YAML text of a valid canvas; see the comment in generate-canvas.mjs for its exact shape. */
export function generateCanvas(options?: GenerateOptions): string;
export function generatedSegmentId(index: number, segments: number): string;
