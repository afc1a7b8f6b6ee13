import { Alert } from '@zendeskgarden/react-notifications';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n';

function RegionFailed() {
  const { t } = useI18n();
  return (
    <Alert type="error" role="alert">
      <Alert.Title>{t('errors.title')}</Alert.Title>
      {t('errors.region')}
    </Alert>
  );
}

/**
 * One per region, so a bug in one panel leaves the rest of the app readable. `onFailed` lets the
 * location know the region now shows its failure instead (the sidebar sizes its frame then).
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; onFailed?: () => void },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept local: the app sends no telemetry, so the console is the only record.
    console.error('Handoff Brief panel failed', error, info.componentStack); // eslint-disable-line no-console
    this.props.onFailed?.();
  }

  override render() {
    return this.state.failed ? <RegionFailed /> : this.props.children;
  }
}
