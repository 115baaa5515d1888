// How the pane names the five guidance documents and the severities, in plain words.
import type { GuidanceDocId, Severity } from '../engine/types';

export const GUIDANCE_TITLES: Record<GuidanceDocId, string> = {
  'practitioners-guide': 'Practitioner\u2019s Guide to SMART Planning',
  'smart-planning-guidance': 'SMART Planning Guidance',
  torbay: 'Torbay: Creating a SMART Plan',
  dcs: 'DCS Early Help: Family Action Planning',
  wakefield: 'Wakefield One Minute Guide: SMART Safety Planning',
};

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string; badge: string }> = {
  error: { one: 'to put right', many: 'to put right', badge: 'Put right' },
  warning: { one: 'to improve', many: 'to improve', badge: 'Improve' },
  info: { one: 'tip', many: 'tips', badge: 'Tip' },
};
