// Settings channels: read and update the user's settings, record an opened packet in the recent list.
import { z } from 'zod';
import { idSchema, settingsPatchSchema, type Settings } from '../../model/index.js';
import { channel } from '../define.js';

export const settingsChannels = {
  get: channel<Settings>()(z.object({}).strict()),
  update: channel<Settings>()(z.object({ fields: settingsPatchSchema }).strict()),
  /** Puts the packet first in the recent list (ids of deleted packets drop out) in main, and returns the settings. */
  recordRecentPacket: channel<Settings>()(z.object({ id: idSchema }).strict()),
};
