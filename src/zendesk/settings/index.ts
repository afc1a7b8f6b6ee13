export { readInstallationSettings, writeInstallationSettings } from './installation-settings';
export {
  confirmSave,
  loadRules,
  restoreInput,
  saveRules,
  type SaveOutcome,
  type SaveRulesInput,
} from './rules-store';
export { readBotName, readRuleLabels } from './app-settings';
