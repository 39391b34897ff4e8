import { describe, expect, it } from 'vitest';
import { incidentEvents } from '../../../src/model/incident.ts';

describe('incidentEvents', () => {
  it('keeps the act, the arrest and the charge; an event without a kind is an act', () => {
    const events = [{ kind: 'event' }, { kind: 'arrest' }, { kind: 'charge' }, { kind: 'trial' }, { kind: 'sentence' }, { kind: 'disclosure' }, {}];
    expect(incidentEvents(events)).toEqual([{ kind: 'event' }, { kind: 'arrest' }, { kind: 'charge' }, {}]);
  });
});
