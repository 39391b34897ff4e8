/**
 * What a pull request can reach in CI: the pull-request workflow has a
 * read-only token and no secrets; only the Pages deploy job, on main, may
 * write. A loosened permission fails here before it reaches review.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (name: string) => readFileSync(new URL(`../../../.github/workflows/${name}`, import.meta.url), 'utf8');
type Workflow = {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
};

describe('CI workflows', () => {
  it('runs pull requests with a read-only token, no secrets and no deploy', () => {
    const text = read('ci.yml');
    const ci = parse(text) as Workflow;
    expect(Object.keys(ci.on)).toContain('pull_request');
    expect(Object.keys(ci.on)).not.toContain('pull_request_target');
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(ci.jobs)) {
      expect(job.permissions).toBeUndefined();
      expect(job.steps.map((s) => s.uses ?? '')).not.toContainEqual(expect.stringMatching(/deploy-pages|upload-pages-artifact/));
    }
    expect(text).not.toMatch(/\$\{\{[^}]*secrets\./);
  });

  it('attaches the offline bundle to every pull request run', () => {
    const steps = Object.values((parse(read('ci.yml')) as Workflow).jobs).flatMap((j) => j.steps);
    expect(steps).toContainEqual(
      expect.objectContaining({ uses: 'actions/upload-artifact@v4', with: expect.objectContaining({ path: 'tmp/offline/casebook-offline.zip' }) }),
    );
  });

  it('deploys to Pages only on a push to main, with write access only in the deploy job', () => {
    const pages = parse(read('pages.yml')) as Workflow;
    expect(pages.on).toEqual({ push: { branches: ['main'] } });
    expect(pages.permissions).toEqual({});
    expect(pages.jobs.build?.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(pages.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages.jobs.deploy?.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});
