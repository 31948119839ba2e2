import operatorData from './operator.json';
import { operatorFileSchema, type OperatorFile } from './operator-schema';

// Who runs this copy of the tool (content/operator.json), checked at build time
// (vite-plugins/operator.ts) and again here, so the pages can rely on its shape.

export const operatorFile: OperatorFile = operatorFileSchema.parse(operatorData);

export type { OperatorFile };

/** The operator's name in the language shown (Welsh falls back to the English form), or undefined when none is set. */
export function operatorName(file: OperatorFile, language: string): string | undefined {
  if (!file.operator) return undefined;
  return (language === 'cy' ? file.operator.name.cy : undefined) ?? file.operator.name.en;
}
