import type { DeckRoute } from '../routes';
import { SlidesApp } from './SlidesApp';
import { PresenterView } from './PresenterView';
import { Handout } from './Handout';
import './slides.css';

/** The deck's lazily loaded chunk: audience slides, presenter view and handout. */
export default function SlidesEntry({ route, nonce, instant }: { route: DeckRoute; nonce: number; instant: boolean }) {
  if (route.kind === 'handout') return <Handout />;
  if (route.kind === 'presenter') return <PresenterView start={route.n} nonce={nonce} />;
  return <SlidesApp start={route.n} nonce={nonce} instant={instant} />;
}
