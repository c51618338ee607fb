import { useSyncExternalStore } from 'react';

export const SURVEY_TABS = ['responses', 'servqual'] as const;
export type SurveyTab = (typeof SURVEY_TABS)[number];

/** The tab after the area in the hash: #/surveys (responses) or #/surveys/servqual. */
export function parseSurveyTab(hash: string): SurveyTab {
  return /^#\/surveys\/servqual\b/.test(hash) ? 'servqual' : 'responses';
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

export const useSurveyTab = (): SurveyTab => parseSurveyTab(useSyncExternalStore(subscribe, readHash));

export const surveyTabHref = (tab: SurveyTab): string => (tab === 'responses' ? '#/surveys' : `#/surveys/${tab}`);
