import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Every story is also an accessibility test: a violation fails the run.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, context) => {
      // Components take their language from the nearest lang attribute.
      document.documentElement.lang = String(context.globals['locale'] ?? 'en');
      return story();
    },
  ],
};

export default preview;
