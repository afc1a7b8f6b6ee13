import en from '../../../../translations/en.json';
import type { Messages } from '../../i18n';

/** The Handoff Brief tab shows every part of translations/en.json. */
export const NAV_BAR_ENGLISH: Messages = en;
