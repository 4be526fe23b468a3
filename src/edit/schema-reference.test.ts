import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../io/package-files.js';
import { schemaReference } from './schema-reference.js';

describe('the schema line of a written canvas', () => {
  it('points, relative to the canvas’s folder, at the schema shipped with bmc', () => {
    const schema = packagePath('schemas', 'canvas.schema.json');
    for (const canvas of [packagePath('examples', 'x.bmc.yaml'), packagePath('x.bmc.yaml'), '/tmp/deep/er/x.bmc.yaml', 'x.bmc.yaml']) {
      const reference = schemaReference(canvas);
      expect(reference).not.toMatch(/\\/);
      expect(resolve(join(resolve(canvas), '..'), reference)).toBe(schema);
    }
    expect(schemaReference(packagePath('examples', 'x.bmc.yaml'))).toBe('../schemas/canvas.schema.json');
    expect(existsSync(schema)).toBe(true);
  });
});
