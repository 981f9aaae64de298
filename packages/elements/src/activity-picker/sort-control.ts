import type { ActivitySort, MessageKey, MessageParams } from '@linkwork/core';
import type { TemplateResult } from 'lit';
import { select } from '../fields/index.js';
import { SORTS, type PickerFilters } from './picker-filters.js';

/** What the sort control needs from the picker. */
export interface SortContext {
  readonly filters: PickerFilters;
  readonly disabled: boolean;
  t(key: MessageKey, params?: MessageParams): string;
  onChange(filters: PickerFilters): void;
}

/** The sort order as a native select; "Distance" only once there is a place to measure from. */
export function sortControl(context: SortContext): TemplateResult {
  const { t, filters } = context;
  const hasOrigin = filters.origin !== undefined;
  return select({
    id: 'sort',
    name: 'sort',
    label: t('activity-picker.sort'),
    errorPrefix: t('common.error-prefix'),
    disabled: context.disabled,
    value: filters.sort,
    options: SORTS.filter((sort) => sort !== 'distance' || hasOrigin).map((sort) => ({
      value: sort,
      label: t(`activity-picker.sort.${sort}`),
    })),
    onChange: (value) => context.onChange({ ...filters, sort: value as ActivitySort }),
  });
}
