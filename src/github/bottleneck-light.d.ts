// Bottleneck's light build (no Redis clustering), which @octokit/plugin-throttling loads too, has
// the same API as the full one but ships no types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
