// A data-access module must start with `import 'server-only'`: it then fails the build the moment a client component
// imports it, instead of shipping database code (and the scope rules) to the browser.
export const serverOnlyFirst = {
  meta: {
    type: 'problem',
    docs: { description: "require `import 'server-only'` as a module's first statement" },
    messages: { missing: "Start this module with `import 'server-only';` (a data-access module must never reach the browser)." },
    schema: [],
  },
  create(context) {
    return {
      Program(program) {
        const first = program.body[0];
        const isServerOnly = first?.type === 'ImportDeclaration' && first.source.value === 'server-only' && first.specifiers.length === 0;
        if (!isServerOnly) context.report({ node: first ?? program, messageId: 'missing' });
      },
    };
  },
};
