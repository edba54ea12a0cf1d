/**
 * The study's de-identification settings on the review page: how each type is replaced when the
 * study is de-identified (numbered pseudonym, bare placeholder, or for dates a consistent shift)
 * and the force's crime-reference formats. Saved through `PUT /api/deid/settings`; the server
 * names what it refuses, and that message is shown.
 */
import {
  ENTITY_TYPES,
  choicesFor,
  replacementChoice,
  withReplacementChoice,
  type EntityType,
  type ReplacementChoice,
} from '@liaison/core';
import { useState } from 'react';
import { ApiRequestError } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { ErrorNotice, Loading } from '../components/status.js';
import { deidApi, type DeidStudySettings } from './deid-api.js';

const CHOICE_LABEL: Record<ReplacementChoice, string> = {
  pseudonym: 'Numbered pseudonym (Person 7, [PHONE 3])',
  placeholder: 'Bare placeholder ([PHONE])',
  shift: 'Shift the date (same offset per person)',
};

export function DeidSettingsSection() {
  const loaded = useApi('deid-settings', (signal) => deidApi.settings(signal));
  const [saved, setSaved] = useState<DeidStudySettings | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (loaded.status === 'loading') return <Loading what="the settings" />;
  if (loaded.status === 'error') {
    const title = 'The de-identification settings could not be read';
    return <ErrorNotice title={title} error={loaded.error} onRetry={loaded.retry} />;
  }
  const settings = saved ?? loaded.data.settings;
  const save = async (next: DeidStudySettings, what: string) => {
    try {
      setSaved((await deidApi.saveSettings(next)).settings);
      setMessage({ error: false, text: `Saved: ${what}.` });
    } catch (e) {
      const text = e instanceof ApiRequestError ? e.message : 'The settings could not be saved.';
      setMessage({ error: true, text });
    }
  };
  return (
    <section aria-labelledby="deid-settings-heading" className="deid-settings">
      <h2 id="deid-settings-heading">Study settings</h2>
      <p className="muted">These apply to the whole study when it is de-identified.</p>
      <PolicyTable
        settings={settings}
        onChoose={(type, choice) =>
          void save(
            { ...settings, policy: withReplacementChoice(settings.policy, type, choice) },
            `${type} → ${choice}`,
          )
        }
      />
      <CrimeRefFormats
        key={(settings.detection.crimeRefPatterns ?? []).join('\n')}
        patterns={settings.detection.crimeRefPatterns ?? []}
        onSave={(patterns) =>
          void save(
            { ...settings, detection: { ...settings.detection, crimeRefPatterns: patterns } },
            'crime reference formats',
          )
        }
      />
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'deid-error' : ''}>
          {message.text}
        </p>
      )}
    </section>
  );
}

function PolicyTable({
  settings,
  onChoose,
}: {
  settings: DeidStudySettings;
  onChoose: (type: EntityType, choice: ReplacementChoice) => void;
}) {
  return (
    <table className="deid-policy">
      <caption>Replacement per type</caption>
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Replaced by</th>
        </tr>
      </thead>
      <tbody>
        {ENTITY_TYPES.map((type) => (
          <tr key={type}>
            <th scope="row">{type}</th>
            <td>
              <select
                aria-label={`Replacement for ${type}`}
                value={replacementChoice(settings.policy, type)}
                onChange={(e) => onChoose(type, e.target.value as ReplacementChoice)}
              >
                {choicesFor(type).map((c) => (
                  <option key={c} value={c}>
                    {CHOICE_LABEL[c]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One regular expression per line; found anywhere, scored higher near a reference word. */
function CrimeRefFormats({
  patterns,
  onSave,
}: {
  patterns: string[];
  onSave: (patterns: string[]) => void;
}) {
  const [draft, setDraft] = useState(patterns.join('\n'));
  const lines = draft
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (
    <form
      className="deid-crime-refs"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(lines);
      }}
    >
      <label htmlFor="deid-crime-refs">
        Force crime reference formats (regular expressions, one per line)
      </label>
      <textarea
        id="deid-crime-refs"
        rows={3}
        value={draft}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit">Save formats</button>
    </form>
  );
}
