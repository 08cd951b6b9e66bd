// Every test file loads the knowledge through the parse cache `kb:build` fills before the tests
// (`npm test`), as the server does: the same data, without parsing the YAML again in each file.
import { PARSE_CACHE } from '../../src/config.ts';
import { useParseCache } from '../../src/core/knowledge/parse-cache.ts';

useParseCache(PARSE_CACHE);
