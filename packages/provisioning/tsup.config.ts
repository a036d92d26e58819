// The generated types stay one shared declaration file (see tsup.base.ts).
export { clientBuild as default } from '../../tsup.base';
