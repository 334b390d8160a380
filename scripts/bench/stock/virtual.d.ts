/** The module build-stock.ts generates for the stock page: schemas computed in Node, embedded as data. */
declare module 'virtual:stock-forms' {
  const value: {
    schemas: Record<string, import('@jsonforms/core').JsonSchema>;
    forms: Record<string, { annex: string; uischema: import('@jsonforms/core').UISchemaElement }>;
    ajv: import('../stock-ajv.ts').StockAjvOptions;
  };
  export default value;
}
