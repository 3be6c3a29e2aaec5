import type { Section } from './types';

/** The lecture's sections, in order, with the heading each has in the lecture. */
export const SECTIONS: Section[] = [
  { id: 'basics', lectureHeading: 'Basics', title: 'Basics' },
  { id: 'server-program', lectureHeading: 'Server Program', title: 'The server program' },
  { id: 'creating', lectureHeading: 'Creating Sockets', title: 'Creating sockets' },
  { id: 'binding', lectureHeading: 'Binding Sockets', title: 'Binding' },
  { id: 'listen', lectureHeading: 'Listen for Connections', title: 'Listen' },
  { id: 'accept', lectureHeading: 'Accept Connections', title: 'Accept' },
  { id: 'receive', lectureHeading: 'Receive Data', title: 'Receive' },
  { id: 'close', lectureHeading: 'Close Socket', title: 'Close' },
  { id: 'wait-input', lectureHeading: 'Wait for Input', title: 'Waiting for input' },
  { id: 'select', lectureHeading: 'Wait for Input', title: 'select()' },
  { id: 'select-loop', lectureHeading: 'Wait for Input', title: 'The select loop' },
  { id: 'client-program', lectureHeading: 'Client Program', title: 'The client program' },
  { id: 'summary', lectureHeading: 'Summary', title: 'Summary' },
];

export function sectionOf(id: Section['id']): Section {
  return SECTIONS.find((s) => s.id === id)!;
}
