// framer-motion's animation features, loaded lazily by <LazyMotion> so the first paint does not wait.
import { domAnimation } from 'framer-motion';
export default domAnimation;
