export { readInstallationSettings, writeInstallationSettings } from './installation-settings';
export {
  confirmSave,
  loadRules,
  saveRules,
  type SaveOutcome,
  type SaveRulesInput,
} from './rules-store';
export {
  readBotName,
  readReplyOpeningEnabled,
  readRuleLabels,
  REPLY_OPENING_SETTING,
  REPLY_OPENING_TEMPLATES_SETTING,
} from './app-settings';
