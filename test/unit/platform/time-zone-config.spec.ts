import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/platform/config/app-config.js';
import { loadConfig } from '../../../src/platform/config/load-config.js';

describe('TIME_ZONE', () => {
  it('defaults to Asia/Ho_Chi_Minh and takes another IANA zone', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(loadConfig({ TIME_ZONE: 'Asia/Bangkok' }).timeZone).toBe('Asia/Bangkok');
  });

  it('stops the service on a zone that does not exist, naming the setting', () => {
    expect(() => loadConfig({ TIME_ZONE: 'Mars/Olympus' })).toThrow(ConfigError);
    expect(() => loadConfig({ TIME_ZONE: 'Mars/Olympus' })).toThrow(/TIME_ZONE=Mars\/Olympus/);
  });
});
