/** The HMAC-SHA-256 that core's `PseudonymTable` needs, from node:crypto. */
import { createHmac } from 'node:crypto';
import type { HmacFn } from '@liaison/core';

export const nodeHmac: HmacFn = (key, data) =>
  createHmac('sha256', key).update(data, 'utf8').digest('hex');
