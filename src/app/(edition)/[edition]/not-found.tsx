export { default } from '../../(frontend)/not-found'
