import { DEFAULT_RULES } from '../../libs/exposure-rules/types.js';
import { Test } from '@nestjs/testing';
import { Module } from '@nestjs/common';

@Module({})
class M {}

describe('toolchain', () => {
  it('runs ESM TypeScript with NestJS', async () => {
    const m = await Test.createTestingModule({ imports: [M] }).compile();
    expect(m).toBeDefined();
    expect(DEFAULT_RULES.maxDepth).toBe(3);
  });
});
