import { isObject, type JsonObject } from '../../src/core/shared';
import { problem, type Problem } from './problem';
import { PARAMETER_TYPES, SECRET_NAME } from './zendesk-rules';

const FILE = 'manifest.json';

/** The parameters as Zendesk reads them: names, types and flags; secrets must never reach the browser. */
export function checkParameters(manifest: JsonObject): Problem[] {
  const list = manifest['parameters'];
  if (list === undefined) return [];
  if (!Array.isArray(list))
    return [problem('parameters_invalid', FILE, '"parameters" must be a list')];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    if (!isObject(item) || typeof item['name'] !== 'string' || item['name'] === '') {
      problems.push(problem('parameters_invalid', FILE, `parameter ${index + 1} has no name`));
      return;
    }
    const name = item['name'];
    if (seen.has(name))
      problems.push(problem('parameter_duplicate', FILE, `"${name}" is declared twice`));
    seen.add(name);
    problems.push(...checkParameter(name, item));
  });
  return problems;
}

function checkParameter(name: string, parameter: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const type = parameter['type'] ?? 'text';
  const at = `parameter "${name}"`;
  if (!PARAMETER_TYPES.some((known) => known === type)) {
    problems.push(
      problem('parameter_type_invalid', FILE, `${at} has the unknown type ${String(type)}`),
    );
  }
  for (const flag of ['required', 'secure']) {
    const value = parameter[flag];
    if (value !== undefined && typeof value !== 'boolean') {
      problems.push(problem('parameter_flag_type', FILE, `${at}: "${flag}" must be true or false`));
    }
  }
  if (name === 'name') {
    problems.push(problem('parameter_named_name', FILE, 'a parameter may not be called "name"'));
  }
  if (type === 'hidden' && parameter['required'] === true) {
    problems.push(
      problem('parameter_hidden_required', FILE, `${at} is hidden and cannot be required`),
    );
  }
  if ((type === 'hidden' || parameter['secure'] === true) && 'default' in parameter) {
    problems.push(
      problem(
        'parameter_hidden_default',
        FILE,
        `${at}: Zendesk warns that defaults of hidden or secure parameters are not stored securely`,
      ),
    );
  }
  if (SECRET_NAME.test(name) && parameter['secure'] !== true) {
    problems.push(
      problem(
        'parameter_secret_not_secure',
        FILE,
        `${at} looks like a secret but is not "secure": true, so every agent's browser could read it`,
      ),
    );
  }
  return problems;
}
