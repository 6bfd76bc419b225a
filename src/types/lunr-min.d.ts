// lunr ships its minified build beside the main file; its types are the main file's.
declare module 'lunr/lunr.min.js' {
  import lunr from 'lunr';
  export default lunr;
}
