import { configure } from '@testing-library/react';

// Pages load lazily; on a loaded 2-core CI machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal API; the app's own dialogs (AppDialog) open with showModal.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
