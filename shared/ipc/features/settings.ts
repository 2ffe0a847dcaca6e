// Settings channels: read and update the user's settings.
import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../../model/index.js';
import { channel } from '../define.js';

export const settingsChannels = {
  get: channel<Settings>()(z.object({}).strict()),
  update: channel<Settings>()(z.object({ fields: settingsPatchSchema }).strict()),
};
