/**
 * Blind mode in the reader (docs/coding.md): the banner that says it is on (with "Reveal
 * codings" for the lead), and the settings form, offered only to whoever may change them (the
 * lead, or anyone while no lead is named; the server enforces the same rule).
 */
import { hidesOthersCodings, type CodingSettings } from '@liaison/core';
import { useState, type FormEvent } from 'react';
import { codingApi } from '../api/coding-api.js';
import type { CodingState } from './coding-context.js';

interface BlindProps {
  state: CodingState;
  onStatus(status: string): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function BlindBanner({ state, onStatus }: BlindProps) {
  const settings = state.settings;
  if (!settings?.blind) return null;
  const reveal = async () => {
    try {
      await codingApi.reveal();
      onStatus('Codings revealed: every coder now sees every coding.');
    } catch (error) {
      onStatus(`Could not reveal: ${messageOf(error)}`);
    }
    state.refresh();
  };
  if (!hidesOthersCodings(settings))
    return (
      <p className="blind-banner">Blind coding round revealed: you see every coder's codings.</p>
    );
  return (
    <div className="blind-banner" role="note">
      <span>
        <strong>Blind mode is on.</strong> You see only your own codings until the coding lead (
        {settings.lead}) reveals them.
      </span>
      {settings.lead === state.actor && (
        <button type="button" onClick={reveal}>
          Reveal codings
        </button>
      )}
    </div>
  );
}

export function BlindSettings(props: BlindProps) {
  const { settings, actor } = props.state;
  if (!settings || (settings.lead !== null && settings.lead !== actor)) return null;
  // Keyed by the last change, so the form starts again from the stored settings after one.
  return <SettingsForm key={settings.updatedAt ?? 'defaults'} {...props} settings={settings} />;
}

function SettingsForm({ state, onStatus, settings }: BlindProps & { settings: CodingSettings }) {
  const [blind, setBlind] = useState(settings.blind);
  const [lead, setLead] = useState(settings.lead ?? state.actor);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await codingApi.setSettings({ blind, lead: lead.trim() || null });
      onStatus(blind ? `Blind mode on; ${lead.trim()} leads.` : 'Blind mode off.');
    } catch (error) {
      onStatus(`Could not change the coding settings: ${messageOf(error)}`);
    }
    state.refresh();
  };
  return (
    <details className="blind-settings">
      <summary>Blind coding settings</summary>
      <form onSubmit={save}>
        <label>
          <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />{' '}
          Blind mode: each coder sees only their own codings
        </label>
        <label>
          Coding lead (may reveal){' '}
          <input value={lead} onChange={(e) => setLead(e.target.value)} size={14} />
        </label>
        <button type="submit">Save settings</button>
      </form>
    </details>
  );
}
