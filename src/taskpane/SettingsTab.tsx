// Settings: the plan date, the house style, which rules run, reviewer mode and the reviewer's name.
// Every change is kept at once (roaming settings in Word, local storage in the preview).
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CheckController, CheckState } from './checkController';
import { LETTER_NAMES } from './reviewerSummary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    border: 0,
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  heading: { margin: 0 },
  rules: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  ruleHint: { display: 'block', color: tokens.colorNeutralForeground3, marginLeft: '40px', marginTop: '-6px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  json: { fontFamily: tokens.fontFamilyMonospace },
  hiddenInput: { display: 'none' },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const EXAMPLE_HOUSE_STYLE = `{
  "acronyms": { "TAF": "Team Around the Family" },
  "addWords": { "vague": ["support as needed"] }
}`;

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

export interface SettingsTabProps {
  controller: CheckController;
  state: CheckState;
}

export default function SettingsTab({ controller, state }: SettingsTabProps) {
  const styles = useStyles();
  const { settings } = state;
  const [houseStyle, setHouseStyle] = React.useState(settings.houseStyleJson);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const rules = controller.rules;

  React.useEffect(() => setHouseStyle(settings.houseStyleJson), [settings.houseStyleJson]);

  const saveHouseStyle = (text: string) => {
    setHouseStyle(text);
    void controller.updateSettings({ houseStyleJson: text });
  };

  const loadFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) saveHouseStyle(await readText(file));
  };

  return (
    <div className={styles.root}>
      <fieldset className={styles.section}>
        <legend>
          <Subtitle2 as="h2" className={styles.heading}>
            The plan
          </Subtitle2>
        </legend>
        <Field
          label="Plan date"
          hint="Dates like “in 6 weeks” are counted from this day, and deadlines before it are flagged. Leave empty for today."
        >
          <Input
            type="date"
            value={settings.planDate}
            onChange={(_, data) => void controller.updateSettings({ planDate: data.value })}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>
          <Subtitle2 as="h2" className={styles.heading}>
            Reviewing
          </Subtitle2>
        </legend>
        <Switch
          label="Reviewer mode: rewrites are tracked changes and the summary is offered for supervision"
          checked={settings.reviewerMode}
          onChange={(_, data) => void controller.updateSettings({ reviewerMode: data.checked })}
        />
        <Switch
          label="In reviewer mode, mark the document (highlights and comments) each time I check"
          checked={settings.markOnCheck}
          disabled={!settings.reviewerMode}
          onChange={(_, data) => void controller.updateSettings({ markOnCheck: data.checked })}
        />
        <Field
          label="Your name for comments"
          hint={
            state.capabilities?.host === 'word'
              ? 'Word writes comments under the name you are signed in with; this name is used in the summary.'
              : 'Comments in the downloaded document are written under this name.'
          }
        >
          <Input
            value={settings.authorName}
            placeholder="For example: A. Supervisor"
            onChange={(_, data) => void controller.updateSettings({ authorName: data.value })}
          />
        </Field>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>
          <Subtitle2 as="h2" className={styles.heading}>
            House style
          </Subtitle2>
        </legend>
        <Body1>Your service’s own words: acronyms it explains, extra vague phrases to catch, words not to flag.</Body1>
        <Field
          label="House style (JSON)"
          validationState={state.houseStyleErrors.length > 0 ? 'error' : houseStyle.trim() ? 'success' : 'none'}
          validationMessage={
            state.houseStyleErrors.length > 0 ? (
              <ul className={styles.errors}>
                {state.houseStyleErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            ) : houseStyle.trim() ? (
              'The house style is in use.'
            ) : undefined
          }
        >
          <Textarea
            className={styles.json}
            value={houseStyle}
            rows={6}
            resize="vertical"
            placeholder={EXAMPLE_HOUSE_STYLE}
            onChange={(_, data) => saveHouseStyle(data.value)}
          />
        </Field>
        <div className={styles.row}>
          <Button size="small" onClick={() => fileInput.current?.click()}>
            Load from file…
          </Button>
          {houseStyle.trim() && (
            <Button size="small" appearance="subtle" onClick={() => saveHouseStyle('')}>
              Remove house style
            </Button>
          )}
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept=".json,application/json"
            aria-label="House style file"
            tabIndex={-1}
            onChange={loadFile}
          />
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>
          <Subtitle2 as="h2" className={styles.heading}>
            Rules
          </Subtitle2>
        </legend>
        {rules.length === 0 ? (
          <Caption1>The list of rules is not available in this version.</Caption1>
        ) : (
          <div className={styles.rules}>
            {rules.map((rule) => {
              const on = !settings.disabledRules.includes(rule.id);
              return (
                <div key={rule.id}>
                  <Switch
                    label={rule.title}
                    checked={on}
                    onChange={(_, data) =>
                      void (data.checked ? controller.restoreRule(rule.id) : controller.ignoreRule(rule.id))
                    }
                  />
                  <Caption1 className={styles.ruleHint}>
                    {rule.letters.length > 0 ? rule.letters.map((l) => LETTER_NAMES[l]).join(', ') : 'Plain language'}
                  </Caption1>
                </div>
              );
            })}
          </div>
        )}
        {settings.disabledRules.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {settings.disabledRules.length} {settings.disabledRules.length === 1 ? 'rule is' : 'rules are'} switched
              off.
            </MessageBarBody>
          </MessageBar>
        )}
      </fieldset>
    </div>
  );
}
