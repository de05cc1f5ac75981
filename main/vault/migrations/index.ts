// The ordered list of migrations; the last one's version is the schema this app writes.
import { migration001 } from './001-meta-and-notes';
import { migration002 } from './002-caseload';
import { migration003 } from './003-retention';
import { migration004 } from './004-shred-finishing';
import { migration005 } from './005-deletion-chain-guard';
import { migration006 } from './006-shred-tombstones';
import { migration007 } from './007-requests';
import { migration008 } from './008-corrections';
import { migration009 } from './009-disclosures';
import { migration010 } from './010-restrictions';
import { migration011 } from './011-addendum-request';
import { migration012 } from './012-import';
import { migration013 } from './013-text-boundary';
import { migration014 } from './014-enrolment-end-reason';
import { migration015 } from './015-contact-nfc';
import { migration016 } from './016-ownerless-notes';
import { migration017 } from './017-search-prefix-index';
import { migration018 } from './018-assessment-scales';
import { migration019 } from './019-recruitment-profile';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
