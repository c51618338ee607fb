/** The scorecard editor's draft: numbers as typed text, checked the way the contract checks TemplateFields. */
import type { ScorecardItem, Template, TemplateFields } from '../../../../../shared/schemas/audits';

export interface ItemDraft extends Omit<ScorecardItem, 'weight' | 'maxPoints'> {
  uid: number;
  weight: string;
  maxPoints: string;
}
export interface SectionDraft {
  uid: number;
  key: string;
  labelZh: string;
  labelEn: string;
  weight: string;
  items: ItemDraft[];
}
export interface TemplateDraft extends Omit<TemplateFields, 'sections'> {
  sections: SectionDraft[];
}

export type DraftError = 'required' | 'key' | 'code' | 'number' | 'maxPoints' | 'duplicate' | 'bonusCritical';
/** Errors by path: 'code', 's0.key', 's0.i2.weight'… */
export type DraftErrors = Record<string, DraftError>;

let nextUid = 1;
const uid = () => nextUid++;

export function newItem(n: number): ItemDraft {
  return {
    uid: uid(),
    key: `item_${n}`,
    labelZh: '',
    labelEn: '',
    guidance: '',
    guidanceEn: '',
    scale: 'yes_no',
    maxPoints: '10',
    weight: '1',
    bonus: false,
    critical: 'none',
    servqual: 'assurance',
  };
}

export const newSection = (n: number, firstItem: number): SectionDraft => ({
  uid: uid(),
  key: `section_${n}`,
  labelZh: '',
  labelEn: '',
  weight: '1',
  items: [newItem(firstItem)],
});

export function toDraft(template: Template | null): TemplateDraft {
  if (!template) {
    return { code: '', nameZh: '', nameEn: '', kind: 'audit', active: true, sections: [newSection(1, 1)] };
  }
  return {
    code: template.code,
    nameZh: template.nameZh,
    nameEn: template.nameEn,
    kind: template.kind,
    active: template.active,
    sections: template.sections.map((s) => ({
      uid: uid(),
      key: s.key,
      labelZh: s.labelZh,
      labelEn: s.labelEn,
      weight: String(s.weight),
      items: s.items.map((i) => ({ ...i, uid: uid(), weight: String(i.weight), maxPoints: String(i.maxPoints) })),
    })),
  };
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
const weightOf = (text: string): number | null => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
};

export function checkDraft(d: TemplateDraft): { fields: TemplateFields | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!CODE.test(d.code.trim())) errors['code'] = d.code.trim() ? 'code' : 'required';
  if (!d.nameZh.trim()) errors['nameZh'] = 'required';
  if (!d.nameEn.trim()) errors['nameEn'] = 'required';
  const seen = new Set<string>();
  const keyCheck = (path: string, key: string, kind: string) => {
    if (!KEY.test(key)) errors[path] = 'key';
    else if (seen.has(`${kind}:${key}`)) errors[path] = 'duplicate';
    seen.add(`${kind}:${key}`);
  };
  d.sections.forEach((s, si) => {
    keyCheck(`s${si}.key`, s.key, 's');
    if (!s.labelZh.trim()) errors[`s${si}.labelZh`] = 'required';
    if (!s.labelEn.trim()) errors[`s${si}.labelEn`] = 'required';
    if (weightOf(s.weight) === null) errors[`s${si}.weight`] = 'number';
    s.items.forEach((i, ii) => {
      const p = `s${si}.i${ii}`;
      keyCheck(`${p}.key`, i.key, 'i');
      if (!i.labelZh.trim()) errors[`${p}.labelZh`] = 'required';
      if (!i.labelEn.trim()) errors[`${p}.labelEn`] = 'required';
      if (weightOf(i.weight) === null) errors[`${p}.weight`] = 'number';
      const max = Number(i.maxPoints);
      if (!Number.isInteger(max) || max < 1 || max > 100) errors[`${p}.maxPoints`] = 'maxPoints';
      if (i.bonus && i.critical !== 'none') errors[`${p}.critical`] = 'bonusCritical';
    });
  });
  if (Object.keys(errors).length > 0) return { fields: null, errors };
  return {
    errors,
    fields: {
      code: d.code.trim(),
      nameZh: d.nameZh.trim(),
      nameEn: d.nameEn.trim(),
      kind: d.kind,
      active: d.active,
      sections: d.sections.map((s) => ({
        key: s.key,
        labelZh: s.labelZh.trim(),
        labelEn: s.labelEn.trim(),
        weight: Number(s.weight),
        items: s.items.map(({ uid: _uid, ...i }) => ({
          ...i,
          labelZh: i.labelZh.trim(),
          labelEn: i.labelEn.trim(),
          weight: Number(i.weight),
          maxPoints: Number(i.maxPoints),
        })),
      })),
    },
  };
}

/** Move an element one place up or down; out of range leaves the list as it was. */
export function moved<T>(list: readonly T[], index: number, step: 1 | -1): T[] {
  const to = index + step;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}
