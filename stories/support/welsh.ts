/**
 * A story pinned to Welsh, for designers browsing the sidebar in one language. Tagged
 * `welsh-copy`: the Storybook sweep (test/storybook-sweep.mjs) already renders every story in
 * every language and theme, so it checks the original in Welsh and leaves the copy out; the
 * story tests (Vitest) still run the copy.
 */
export function inWelsh<Story extends { globals?: object; tags?: string[] }>(
  story: Story,
  overrides: Partial<Story> = {},
): Story {
  return {
    ...story,
    ...overrides,
    globals: { ...story.globals, locale: 'cy' },
    tags: [...(story.tags ?? []), 'welsh-copy'],
  };
}
