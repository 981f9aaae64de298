import { css, html, LitElement, type TemplateResult } from 'lit';

/**
 * A page of prose for guides and reference stories: headings, paragraphs,
 * tables and copyable code, styled by an adopted stylesheet (never `style`
 * attributes or `<style>` elements), so the page itself runs under a strict
 * Content-Security-Policy. Long code wraps rather than scrolling sideways, so
 * the page reflows at 320 CSS pixels.
 */
export class StoryPage extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-inline-size: 48rem;
      font-family: Arial, Helvetica, sans-serif;
      line-height: 1.5;
    }
    h1 {
      margin-block: 0 1rem;
      font-size: 2rem;
      line-height: 1.2;
    }
    h2 {
      margin-block: 2rem 0.75rem;
      font-size: 1.5rem;
    }
    h3 {
      margin-block: 1.5rem 0.5rem;
      font-size: 1.125rem;
    }
    pre {
      margin-block: 0 1rem;
      padding: 0.75rem;
      border: 1px solid currentColor;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-size: 0.875rem;
    }
    code {
      font-family: 'Courier New', Courier, monospace;
      overflow-wrap: anywhere;
    }
    table {
      inline-size: 100%;
      margin-block-end: 1rem;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 0.375rem 0.75rem 0.375rem 0;
      border-block-end: 1px solid currentColor;
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
  `;

  static override properties = { content: { attribute: false } };

  /** The page's content. */
  content: TemplateResult = html``;

  override render() {
    return html`<article>${this.content}</article>`;
  }
}
if (!customElements.get('lw-story-page')) customElements.define('lw-story-page', StoryPage);

/** Renders `content` as a story page. */
export const storyPage = (content: TemplateResult): TemplateResult =>
  html`<lw-story-page .content=${content}></lw-story-page>`;

/** A code block whose text is exactly `code` (trimmed), for copying. */
export const codeBlock = (code: string, language: string): TemplateResult =>
  html`<pre data-language=${language}><code>${code.trim()}</code></pre>`;
