// Writes docs/workflow.md from the transition table: `npm run docs:workflow`.
import fs from 'node:fs'

import { workflowMarkdown } from '../src/domain/workflow/docs'

fs.writeFileSync(new URL('../docs/workflow.md', import.meta.url), workflowMarkdown())
