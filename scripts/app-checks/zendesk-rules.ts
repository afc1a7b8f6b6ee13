/**
 * What Zendesk checks when an app is uploaded, as this project's offline checks assume it.
 * Sources: zendesk/zendesk_apps_support (the library Zendesk's upload validation runs) and
 * developer.zendesk.com (styling, create_assets, create_content, uploading a private app).
 */

/** frameworkVersion values Zendesk serves today (AppVersion::TO_BE_SERVED). */
export const FRAMEWORK_VERSIONS = ['2.0'] as const;

/** Marketplace listing limits (create_content: name; marketplace listings: short description). */
export const NAME_MAX_LENGTH = 40;
export const SHORT_DESCRIPTION_MAX_LENGTH = 80;

/** "The file size limit of the zip file for a private app is 2 MB"; counted in decimal to be safe. */
export const PACKAGE_MAX_BYTES = 2_000_000;

/** Marketplace logos: PNG, exact size, PNG-24 with transparency (create_assets). */
export const LOGOS = [
  { file: 'assets/logo.png', size: 320 },
  { file: 'assets/logo-small.png', size: 128 },
] as const;

/** The keys en.json must hold for a public app (Validations::Translations, create_content). */
export const MARKETPLACE_KEYS = [
  'name',
  'short_description',
  'long_description',
  'installation_instructions',
] as const;

/**
 * The manifest keys Zendesk reads (zendesk_apps_support Manifest::RUBY_TO_JSON, and the manifest
 * reference on developer.zendesk.com); any other key is ignored by Zendesk, so it is a mistake.
 */
export const MANIFEST_KEYS = [
  'name',
  'author',
  'version',
  'frameworkVersion',
  'location',
  'defaultLocale',
  'parameters',
  'domainWhitelist',
  'private',
  'requirementsOnly',
  'singleInstall',
  'signedUrls',
  'termsConditionsURL',
  'experiments',
  'marketingOnly',
  'oauth',
  'gaID',
  'noTemplate',
  'remoteInstallationURL',
] as const;

export const PARAMETER_TYPES = [
  'text',
  'checkbox',
  'url',
  'number',
  'multiline',
  'hidden',
  'oauth',
] as const;

/** Zendesk warns on token|key|pwd|password; a parameter named for a secret must be secure. */
export const SECRET_NAME = /token|key|secret|password|pwd/i;

export const SUPPORT_LOCATIONS = [
  'top_bar',
  'nav_bar',
  'ticket_sidebar',
  'new_ticket_sidebar',
  'user_sidebar',
  'organization_sidebar',
  'background',
  'modal',
  'ticket_editor',
  'system_top_bar',
  'custom_object_record_sidebar',
] as const;

/** Locations whose icon Zendesk takes from assets/icon_<location>.svg (Package::LOCATIONS_WITH_ICONS). */
export const ICON_LOCATIONS = ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'] as const;

/** Keys a location object may carry (Manifest::LocationOptions); anything else is ignored by Zendesk. */
export const LOCATION_OPTIONS = [
  'url',
  'flexible',
  'autoLoad',
  'autoHide',
  'signed',
  'size',
] as const;

/** Asset types Zendesk accepts (styling: "Asset file types that are accepted"). */
export const ASSET_EXTENSIONS = [
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'js',
  'htm',
  'html',
  'css',
  'map',
  'eot',
  'woff',
  'woff2',
  'otf',
  'ttf',
  'json',
  'xml',
  'hbs',
  'hdbs',
] as const;

/** Top-level keys of requirements.json (AppRequirement::TYPES). */
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
] as const;

/** Custom ticket field types the Ticket Fields API creates. */
export const TICKET_FIELD_TYPES = [
  'text',
  'textarea',
  'checkbox',
  'date',
  'integer',
  'decimal',
  'regexp',
  'partialcreditcard',
  'multiselect',
  'tagger',
  'lookup',
] as const;

/** Locale file names Zendesk accepts (Translations::VALID_LOCALE). */
export const LOCALE_FILE = /^translations\/([a-z]{2,3}(-\w{2,3})?)\.json$/;
