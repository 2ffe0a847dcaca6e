// The migration registry: old documents are upgraded one step at a time; documents newer than the app are refused.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSIONS, MIGRATIONS, MigrationError, migrate, needsMigration, type MigrationRegistry } from '../../../shared/model/index.js';

function registryWithTalkingPointAt3(calls: string[]): MigrationRegistry {
  return {
    current: { ...CURRENT_SCHEMA_VERSIONS, talkingPoint: 3 },
    steps: {
      ...MIGRATIONS.steps,
      talkingPoint: {
        1: (doc) => {
          calls.push(`1→2 saw v${String(doc.schemaVersion)}`);
          const { heading, ...rest } = doc;
          return { ...rest, title: heading };
        },
        2: (doc) => {
          calls.push(`2→3 saw v${String(doc.schemaVersion)}`);
          return { ...doc, tags: [...(Array.isArray(doc.tags) ? doc.tags : []), 'migrated'] };
        },
      },
    },
  };
}

describe('migrate', () => {
  it('upgrades a version-1 document step by step to the current version', () => {
    const calls: string[] = [];
    const registry = registryWithTalkingPointAt3(calls);
    const old = { id: 'tp000001', schemaVersion: 1, heading: 'Thông điệp chính', tags: ['nhân quyền'] };
    expect(needsMigration('talkingPoint', old, registry)).toBe(true);
    const upgraded = migrate('talkingPoint', old, registry);
    expect(upgraded).toEqual({ id: 'tp000001', schemaVersion: 3, title: 'Thông điệp chính', tags: ['nhân quyền', 'migrated'] });
    expect(calls).toEqual(['1→2 saw v1', '2→3 saw v2']);
    expect(old).toEqual({ id: 'tp000001', schemaVersion: 1, heading: 'Thông điệp chính', tags: ['nhân quyền'] });
  });

  it('starts a document without schemaVersion at version 1', () => {
    const calls: string[] = [];
    expect(migrate('talkingPoint', { heading: 'x' }, registryWithTalkingPointAt3(calls))).toMatchObject({ schemaVersion: 3, title: 'x' });
    expect(calls).toHaveLength(2);
  });

  it('leaves a current document as it is', () => {
    const doc = { id: 'd0000001', schemaVersion: CURRENT_SCHEMA_VERSIONS.directive, title: 'x' };
    expect(needsMigration('directive', doc)).toBe(false);
    expect(migrate('directive', doc)).toEqual(doc);
  });

  it('refuses a document newer than the app instead of downgrading it', () => {
    const newer = { id: 'd0000001', schemaVersion: CURRENT_SCHEMA_VERSIONS.directive + 1 };
    expect(() => migrate('directive', newer)).toThrow(MigrationError);
    try {
      migrate('directive', newer);
    } catch (error) {
      expect(error).toMatchObject({ reason: 'newer_than_app', version: CURRENT_SCHEMA_VERSIONS.directive + 1 });
    }
  });

  it('refuses non-objects, bad versions and gaps in the registry', () => {
    expect(() => migrate('directive', [])).toThrow(/not_an_object/);
    expect(() => migrate('directive', { schemaVersion: 0 })).toThrow(/bad_version/);
    expect(() => migrate('directive', { schemaVersion: '1' })).toThrow(/bad_version/);
    const gap: MigrationRegistry = { current: { ...CURRENT_SCHEMA_VERSIONS, qaItem: 2 }, steps: MIGRATIONS.steps };
    expect(() => migrate('qaItem', { schemaVersion: 1 }, gap)).toThrow(/missing_step/);
  });
});
