// Every setting, read from the environment and validated in one place. Fails fast and says
// which variable is wrong and what it expects.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const schema = z.object({
  KNOWLEDGE_DIR: z
    .string()
    .min(1)
    .default(`${repoRoot}knowledge`)
    .describe('folder with sources.yaml, lexicon.yaml and topics/'),
});

export type Config = { knowledgeDir: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { knowledgeDir: parsed.data.KNOWLEDGE_DIR };
}

export { repoRoot };
