declare module 'zendesk_app_framework_sdk' {
  /** Returns false when the page was not loaded by Zendesk (no origin/app_guid in its URL). */
  const ZAFClient: { init(callback?: (context: unknown) => void): unknown };
  export default ZAFClient;
}
declare module 'zendesk_app_framework_sdk/lib/client' {
  /** The SDK's Client, constructed directly only by the test harness with an in-process host. */
  const Client: new (options: { origin: string; appGuid: string; source?: unknown }) => unknown;
  export default Client;
}
