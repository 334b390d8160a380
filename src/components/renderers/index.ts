/**
 * Our renderer set, registered in one place as {tester, renderer} pairs on
 * top of the vanilla renderers, which remain the fallback.
 */
import type { JsonFormsRendererRegistryEntry } from '@jsonforms/core';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import DateControl from './DateControl.tsx';
import GroupLayout from './GroupLayout.tsx';
import NumberControl from './NumberControl.tsx';
import RadioControl from './RadioControl.tsx';
import SelectControl from './SelectControl.tsx';
import TextControl from './TextControl.tsx';
import {
  dateControlTester,
  groupLayoutTester,
  numberControlTester,
  radioControlTester,
  selectControlTester,
  textControlTester,
} from './testers.ts';

export const renderers: JsonFormsRendererRegistryEntry[] = [
  ...vanillaRenderers,
  { tester: textControlTester, renderer: TextControl },
  { tester: numberControlTester, renderer: NumberControl },
  { tester: dateControlTester, renderer: DateControl },
  { tester: radioControlTester, renderer: RadioControl },
  { tester: selectControlTester, renderer: SelectControl },
  { tester: groupLayoutTester, renderer: GroupLayout },
];

export const cells = vanillaCells;
