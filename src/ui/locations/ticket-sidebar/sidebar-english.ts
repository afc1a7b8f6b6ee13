import {
  app,
  brief,
  common,
  contract,
  draft,
  errors,
  ruleLabels,
  sidebar,
} from '../../../../translations/en.json';
import type { Messages } from '../../i18n';

/**
 * The part of translations/en.json the sidebar shows, and nothing of the Handoff Brief tab's:
 * named imports let the bundler leave the rest out of the sidebar's first load. A test checks
 * every key the sidebar's code names is here.
 */
export const SIDEBAR_ENGLISH: Messages = {
  app,
  brief,
  common,
  contract,
  draft,
  errors,
  ruleLabels,
  sidebar,
};
