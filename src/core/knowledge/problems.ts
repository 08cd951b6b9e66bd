// A problem in a knowledge file, named by file, line and field so a curator can fix it fast.

export interface KnowledgeProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatProblem(p: KnowledgeProblem): string {
  return `${p.file}:${p.line} ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
    this.name = 'KnowledgeError';
  }
}
