import * as migration_20261128_235037_initial from './20261128_235037_initial';
import * as migration_20261129_002109_workflow from './20261129_002109_workflow';
import * as migration_20261129_003602_import_sources from './20261129_003602_import_sources';
import * as migration_20261129_005115_photo_pipeline from './20261129_005115_photo_pipeline';
import * as migration_20261129_010608_ld_renditions from './20261129_010608_ld_renditions';
import * as migration_20261129_011234_slug_history from './20261129_011234_slug_history';
import * as migration_20261129_011420_search_text from './20261129_011420_search_text';
import * as migration_20261129_023402_list_indexes from './20261129_023402_list_indexes';
import * as migration_20261129_142258_login_throttle from './20261129_142258_login_throttle';
import * as migration_20261129_144449_offboarding from './20261129_144449_offboarding';
import * as migration_20261129_182112_publication_time_zone from './20261129_182112_publication_time_zone';
import * as migration_20261129_204540_photo_title from './20261129_204540_photo_title';
import * as migration_20261129_223639_photo_runs_without_caption from './20261129_223639_photo_runs_without_caption';
import * as migration_20261129_225329_notifications from './20261129_225329_notifications';
import * as migration_20261129_230046_saved_by from './20261129_230046_saved_by';
import * as migration_20261129_232433_caption_text from './20261129_232433_caption_text';
import * as migration_20261130_024357_sweep_untouched from './20261130_024357_sweep_untouched';
import * as migration_20261130_045204_editions from './20261130_045204_editions';
import * as migration_20261130_054038_page_purges from './20261130_054038_page_purges';
import * as migration_20261130_072753_search_index from './20261130_072753_search_index';
import * as migration_20261130_074926_ninjs_pictures from './20261130_074926_ninjs_pictures';
import * as migration_20261130_080026_autoincrement_ids from './20261130_080026_autoincrement_ids';
import * as migration_20261130_105929_media_store from './20261130_105929_media_store';
import * as migration_20261130_110937_edge_purge_delivery from './20261130_110937_edge_purge_delivery';
import * as migration_20261130_163131_status_lookup_indexes from './20261130_163131_status_lookup_indexes';
import * as migration_20261130_191048_edit_session from './20261130_191048_edit_session';
import * as migration_20261201_014235_reset_requests_throttled from './20261201_014235_reset_requests_throttled';
import * as migration_20261201_043143_listing_counts_from_index from './20261201_043143_listing_counts_from_index';
import * as migration_20261201_235924_site_description from './20261201_235924_site_description';
import * as migration_20261202_004855_version_indexes from './20261202_004855_version_indexes';

export const migrations = [
  {
    up: migration_20261128_235037_initial.up,
    down: migration_20261128_235037_initial.down,
    name: '20261128_235037_initial',
  },
  {
    up: migration_20261129_002109_workflow.up,
    down: migration_20261129_002109_workflow.down,
    name: '20261129_002109_workflow',
  },
  {
    up: migration_20261129_003602_import_sources.up,
    down: migration_20261129_003602_import_sources.down,
    name: '20261129_003602_import_sources',
  },
  {
    up: migration_20261129_005115_photo_pipeline.up,
    down: migration_20261129_005115_photo_pipeline.down,
    name: '20261129_005115_photo_pipeline',
  },
  {
    up: migration_20261129_010608_ld_renditions.up,
    down: migration_20261129_010608_ld_renditions.down,
    name: '20261129_010608_ld_renditions',
  },
  {
    up: migration_20261129_011234_slug_history.up,
    down: migration_20261129_011234_slug_history.down,
    name: '20261129_011234_slug_history',
  },
  {
    up: migration_20261129_011420_search_text.up,
    down: migration_20261129_011420_search_text.down,
    name: '20261129_011420_search_text',
  },
  {
    up: migration_20261129_023402_list_indexes.up,
    down: migration_20261129_023402_list_indexes.down,
    name: '20261129_023402_list_indexes',
  },
  {
    up: migration_20261129_142258_login_throttle.up,
    down: migration_20261129_142258_login_throttle.down,
    name: '20261129_142258_login_throttle',
  },
  {
    up: migration_20261129_144449_offboarding.up,
    down: migration_20261129_144449_offboarding.down,
    name: '20261129_144449_offboarding',
  },
  {
    up: migration_20261129_182112_publication_time_zone.up,
    down: migration_20261129_182112_publication_time_zone.down,
    name: '20261129_182112_publication_time_zone',
  },
  {
    up: migration_20261129_204540_photo_title.up,
    down: migration_20261129_204540_photo_title.down,
    name: '20261129_204540_photo_title',
  },
  {
    up: migration_20261129_223639_photo_runs_without_caption.up,
    down: migration_20261129_223639_photo_runs_without_caption.down,
    name: '20261129_223639_photo_runs_without_caption',
  },
  {
    up: migration_20261129_225329_notifications.up,
    down: migration_20261129_225329_notifications.down,
    name: '20261129_225329_notifications',
  },
  {
    up: migration_20261129_230046_saved_by.up,
    down: migration_20261129_230046_saved_by.down,
    name: '20261129_230046_saved_by',
  },
  {
    up: migration_20261129_232433_caption_text.up,
    down: migration_20261129_232433_caption_text.down,
    name: '20261129_232433_caption_text',
  },
  {
    up: migration_20261130_024357_sweep_untouched.up,
    down: migration_20261130_024357_sweep_untouched.down,
    name: '20261130_024357_sweep_untouched',
  },
  {
    up: migration_20261130_045204_editions.up,
    down: migration_20261130_045204_editions.down,
    name: '20261130_045204_editions',
  },
  {
    up: migration_20261130_054038_page_purges.up,
    down: migration_20261130_054038_page_purges.down,
    name: '20261130_054038_page_purges',
  },
  {
    up: migration_20261130_072753_search_index.up,
    down: migration_20261130_072753_search_index.down,
    name: '20261130_072753_search_index',
  },
  {
    up: migration_20261130_074926_ninjs_pictures.up,
    down: migration_20261130_074926_ninjs_pictures.down,
    name: '20261130_074926_ninjs_pictures',
  },
  {
    up: migration_20261130_080026_autoincrement_ids.up,
    down: migration_20261130_080026_autoincrement_ids.down,
    name: '20261130_080026_autoincrement_ids',
  },
  {
    up: migration_20261130_105929_media_store.up,
    down: migration_20261130_105929_media_store.down,
    name: '20261130_105929_media_store',
  },
  {
    up: migration_20261130_110937_edge_purge_delivery.up,
    down: migration_20261130_110937_edge_purge_delivery.down,
    name: '20261130_110937_edge_purge_delivery',
  },
  {
    up: migration_20261130_163131_status_lookup_indexes.up,
    down: migration_20261130_163131_status_lookup_indexes.down,
    name: '20261130_163131_status_lookup_indexes',
  },
  {
    up: migration_20261130_191048_edit_session.up,
    down: migration_20261130_191048_edit_session.down,
    name: '20261130_191048_edit_session',
  },
  {
    up: migration_20261201_014235_reset_requests_throttled.up,
    down: migration_20261201_014235_reset_requests_throttled.down,
    name: '20261201_014235_reset_requests_throttled',
  },
  {
    up: migration_20261201_043143_listing_counts_from_index.up,
    down: migration_20261201_043143_listing_counts_from_index.down,
    name: '20261201_043143_listing_counts_from_index',
  },
  {
    up: migration_20261201_235924_site_description.up,
    down: migration_20261201_235924_site_description.down,
    name: '20261201_235924_site_description',
  },
  {
    up: migration_20261202_004855_version_indexes.up,
    down: migration_20261202_004855_version_indexes.down,
    name: '20261202_004855_version_indexes'
  },
];
