/**
 * Stock JSON Forms, the comparison column: the vanilla renderers and cells, JSON Forms' own ajv,
 * state kept as its docs show. `?step=` picks the form (a step of an annex, as zjtx shows it),
 * `?data=` the answers (`empty`, or a file under ./data/ that the benchmark writes, fetched so
 * that the data weighs nothing in the JS).
 */
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import inputs from 'virtual:stock-forms';
import { stockAjv } from '../stock-ajv.ts';

const params = new URLSearchParams(location.search);
const stepId = params.get('step') ?? '';
const dataName = params.get('data') ?? 'empty';
const form = inputs.forms[stepId];
const ajv = stockAjv(inputs.ajv);

function App({ initial }: { initial: unknown }) {
  const [data, setData] = useState(initial);
  return (
    <JsonForms
      schema={inputs.schemas[form!.annex]}
      uischema={form!.uischema}
      data={data}
      renderers={vanillaRenderers}
      cells={vanillaCells}
      ajv={ajv}
      onChange={({ data: next }) => setData(next)}
    />
  );
}

async function start() {
  const root = document.getElementById('root')!;
  if (!form) {
    root.textContent = `unknown step ${stepId}`;
    return;
  }
  const initial: unknown = dataName === 'empty' ? {} : await (await fetch(`./data/${dataName}.json`)).json();
  createRoot(root).render(<App initial={initial} />);
}

void start();
