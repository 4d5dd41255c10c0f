import * as migration_20261128_235037_initial from './20261128_235037_initial';

export const migrations = [
  {
    up: migration_20261128_235037_initial.up,
    down: migration_20261128_235037_initial.down,
    name: '20261128_235037_initial'
  },
];
