/**
 * The one door from the interpreter to the kernel: its syscall interface (docs/CONTRACTS.md).
 * src/python imports nothing else from src/kernel.
 */
export * from '../kernel/syscalls';
