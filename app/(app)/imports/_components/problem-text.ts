import type { getTranslations } from 'next-intl/server';
import { isImportField } from '@/lib/vocabulary/import-fields';

type T = Awaited<ReturnType<typeof getTranslations<'imports'>>>;

/** A stored problem ("phone.invalid:2") as a sentence naming the column and its value. */
export function problemText(t: T, code: string, headers: string[], cells: string[]): string {
  if (code === 'name.missing') return t('problems.nameMissing');
  const [what = '', colText = ''] = code.split(':');
  const [field = '', problem = ''] = what.split('.');
  const col = Number(colText);
  const args = { column: headers[col] ?? `#${col + 1}`, value: cells[col] ?? '', field: isImportField(field) ? t(`field.${field}`).toLowerCase() : field };
  if (field === 'phone' && problem === 'invalid') return t('problems.phoneInvalid', args);
  if (field === 'email' && problem === 'invalid') return t('problems.emailInvalid', args);
  if (field === 'precinct' && problem === 'unknown') return t('problems.precinctUnknown', args);
  if (field === 'ward' && problem === 'unknown') return t('problems.wardUnknown', args);
  if (problem === 'ambiguous') return t('problems.ambiguous', args);
  if (problem === 'tooLong') return t('problems.tooLong', args);
  if (problem === 'unknown') return t('problems.unknown', args);
  return t('problems.invalid', args);
}
