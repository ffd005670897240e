import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
    font: 1rem/1.5 system-ui, sans-serif;
    color: #1f2328;
    background: #fff;
    --accent: #1d4ed8;
    --error: #b42318;
  }
  .studio {
    max-width: 90rem;
    margin: 0 auto;
    padding: 1rem;
  }
  .heading-1 {
    font-size: 1.75rem;
    margin: 0 0 0.5rem;
  }
  .heading-2 {
    font-size: 1.3rem;
    margin: 1.5rem 0 0.5rem;
  }
  .heading-3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 2rem;
    align-items: start;
  }
  @media (max-width: 60rem) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
  .preview {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    border-left: 1px solid #d0d7de;
    padding-left: 1rem;
  }
  section {
    border-top: 1px solid #d0d7de;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0.5rem 0;
  }
  .row,
  .pair,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin: 0.5rem 0;
  }
  .pair > .field {
    flex: 1 1 12rem;
  }
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0 0.75rem;
  }
  label.inline {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.2rem;
  }
  label.inline input[type='url'],
  label.inline input[type='search'] {
    width: min(28rem, 80vw);
  }
  label.check {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .themes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.25rem 1rem;
  }
  fieldset {
    border: 1px solid #d0d7de;
    border-radius: 0.4rem;
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
  }
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    padding: 0.3rem 0.45rem;
    border: 1px solid #6e7781;
    border-radius: 0.3rem;
    min-width: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--error);
    border-width: 2px;
  }
  button {
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--accent);
    border-radius: 0.3rem;
    background: #fff;
    color: var(--accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: #fff;
    font-weight: 600;
  }
  button[aria-disabled='true'],
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .hint {
    color: #545b64;
    font-size: 0.9rem;
    margin: 0;
  }
  .error {
    color: var(--error);
    font-size: 0.9rem;
    margin: 0.15rem 0;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0.5rem 0;
  }
  [role='alert'] > p {
    color: var(--error);
    font-weight: 600;
  }
  .remarks,
  .blocked {
    max-height: 16rem;
    overflow: auto;
    font-size: 0.9rem;
  }
  ol.partners {
    list-style: decimal;
    padding-left: 2.5rem;
    max-height: 28rem;
    overflow: auto;
  }
  ol.partners li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    padding: 0.2rem 0;
    border-bottom: 1px solid #eaeef2;
  }
  ol.partners li.current {
    background: #eef4ff;
  }
  ol.partners .name {
    flex: 1 1 10rem;
    overflow-wrap: anywhere;
  }
  ol.partners .actions {
    display: inline-flex;
    gap: 0.25rem;
  }
  ol.partners .actions button {
    padding: 0.1rem 0.5rem;
  }
  .badge {
    font-size: 0.8rem;
    border-radius: 1rem;
    padding: 0 0.5rem;
  }
  .badge.draft {
    background: #fff4ce;
    color: #5c4200;
  }
  .badge.fix {
    background: #ffe2e0;
    color: #8c1c13;
  }
  .candidates {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .candidates button {
    text-align: start;
    width: 100%;
  }
  .editor {
    background: #f6f8fa;
    padding: 0 1rem 1rem;
  }
  .draft-note {
    background: #fff4ce;
    padding: 0.5rem 0.75rem;
    border-radius: 0.3rem;
  }
  textarea[readonly],
  input[readonly] {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
  }
`;
