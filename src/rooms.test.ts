/**
 * The architecture's rooms are guarded by lint (eslint.config.js). These tests feed the linter
 * imports that break each rule, from a file in each room, and check that it objects, and that the
 * allowed imports pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('lint guards the rooms', () => {
  it('src/kernel imports nothing else from src/', async () => {
    expect(await restricted('src/kernel/probe.ts', "import { a } from '../sim';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/kernel/probe.ts', "import { a } from '../python/vm';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/kernel/probe.ts', "import { a } from './core';\nexport const b = a;\n")).toHaveLength(0);
  });

  it('src/python imports only the kernel syscall interface', async () => {
    expect(await restricted('src/python/probe.ts', "import { a } from '../kernel/core';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/python/probe.ts', "import { a } from '../kernel';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/python/probe.ts', "import { a } from '../sim';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/python/probe.ts', "import { a } from '../kernel/syscalls';\nexport const b = a;\n")).toHaveLength(0);
  });

  it('only src/ui imports react or framer-motion, and only src/store and src/ui import zustand', async () => {
    for (const room of ['kernel', 'python', 'sim', 'store', 'scenarios', 'slides', 'quiz']) {
      expect(await restricted(`src/${room}/probe.ts`, "import { motion } from 'framer-motion';\nexport const b = motion;\n")).not.toHaveLength(0);
      expect(await restricted(`src/${room}/probe.ts`, "import { useState } from 'react';\nexport const b = useState;\n")).not.toHaveLength(0);
    }
    for (const room of ['kernel', 'python', 'sim', 'scenarios', 'slides', 'quiz']) {
      expect(await restricted(`src/${room}/probe.ts`, "import { create } from 'zustand';\nexport const b = create;\n")).not.toHaveLength(0);
    }
    expect(await restricted('src/store/probe.ts', "import { create } from 'zustand';\nexport const b = create;\n")).toHaveLength(0);
    expect(await restricted('src/ui/probe.tsx', "import { motion } from 'framer-motion';\nexport const b = motion;\n")).toHaveLength(0);
  });

  it('the UI and the store never reach into the kernel', async () => {
    expect(await restricted('src/ui/probe.tsx', "import { a } from '../kernel/syscalls';\nexport const b = a;\n")).not.toHaveLength(0);
    expect(await restricted('src/store/probe.ts', "import { a } from '../kernel/syscalls';\nexport const b = a;\n")).not.toHaveLength(0);
  });

  it('the engine is pure: no clock, timers or randomness', async () => {
    for (const room of ['kernel', 'python', 'sim']) {
      expect(await restricted(`src/${room}/probe.ts`, 'export const t = Date.now();\n')).not.toHaveLength(0);
      expect(await restricted(`src/${room}/probe.ts`, 'export const r = Math.random();\n')).not.toHaveLength(0);
      expect(await restricted(`src/${room}/probe.ts`, 'setTimeout(() => 0, 1);\n')).not.toHaveLength(0);
    }
  });
});
