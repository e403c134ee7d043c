import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/schema.ts';
import { ORG_ROLES, TEAM_ROLES } from '../../src/domain/roles.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../src/domain/slugs.ts';

describe('the JSON schema', () => {
  it('lists the same roles as the engine', () => {
    expect([...CONFIG_SCHEMA.$defs.orgRole.enum].sort()).toEqual([...ORG_ROLES].sort());
    expect([...CONFIG_SCHEMA.$defs.teamRole.enum].sort()).toEqual([...TEAM_ROLES].sort());
  });

  it("holds team and organization slugs to the rule the engine holds Sentry's slugs to", () => {
    for (const slug of [CONFIG_SCHEMA.$defs.teamSlug, CONFIG_SCHEMA.properties.organization])
      expect([slug.pattern, slug.maxLength]).toEqual([SLUG_PATTERN, SLUG_MAX_LENGTH]);
  });

  it('closes every object with additionalProperties: false, or constrains extra keys with a schema', () => {
    const open: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.additionalProperties === undefined) open.push(where);
      for (const [key, value] of Object.entries(schema)) visit(value, `${where}/${key}`);
    };
    visit(CONFIG_SCHEMA, '#');
    expect(open).toEqual([]);
  });
});
