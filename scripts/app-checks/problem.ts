/** Every finding has a stable code (tests assert on it) and a sentence for the person packaging. */
export const PROBLEM_CODES = [
  'manifest_missing',
  'manifest_not_json',
  'manifest_field_missing',
  'manifest_field_type',
  'manifest_version_not_semver',
  'manifest_framework_version',
  'manifest_private',
  'manifest_single_install',
  'manifest_key_unknown',
  'manifest_author_invalid',
  'location_unknown',
  'location_option_unknown',
  'location_url_invalid',
  'location_file_missing',
  'location_icon_missing',
  'icon_not_tintable',
  'svg_invalid',
  'svg_unsafe',
  'parameters_invalid',
  'parameter_duplicate',
  'parameter_type_invalid',
  'parameter_flag_type',
  'parameter_hidden_required',
  'parameter_named_name',
  'parameter_hidden_default',
  'parameter_secret_not_secure',
  'translation_not_json',
  'translation_locale_invalid',
  'translation_default_missing',
  'translation_key_missing',
  'translation_too_long',
  'image_missing',
  'image_not_png',
  'image_wrong_size',
  'image_no_alpha',
  'requirements_not_json',
  'requirements_invalid',
  'requirement_type_unknown',
  'requirement_title_missing',
  'ticket_field_type_invalid',
  'asset_type_not_allowed',
  'package_unreadable',
  'package_too_large',
  'package_manifest_missing',
  'package_entry_forbidden',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  readonly code: ProblemCode;
  /** The file the problem is in, relative to the app folder (or the zip's name). */
  readonly file: string;
  readonly message: string;
}

export function problem(code: ProblemCode, file: string, message: string): Problem {
  return { code, file, message };
}
