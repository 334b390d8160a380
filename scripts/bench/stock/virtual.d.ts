/** The module build-stock.ts generates for the stock page: schemas computed in Node, embedded as data. */
declare module 'virtual:stock-annexes' {
  const value: {
    annexes: Record<string, { schema: import('@jsonforms/core').JsonSchema; uischema: import('@jsonforms/core').UISchemaElement }>;
    ajv: import('../stock-ajv.ts').StockAjvOptions;
  };
  export default value;
}
