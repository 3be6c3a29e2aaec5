/**
 * The one door from the interpreter to the kernel: its syscall interface (docs/CONTRACTS.md).
 * src/python imports nothing else from src/kernel.
 */
// The lint pattern '**/kernel' also matches this module, which is the allowed one.
// eslint-disable-next-line no-restricted-imports
export * from '../kernel/syscalls';
