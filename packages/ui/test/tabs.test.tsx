import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from '../src/components/tabs.js';

afterEach(cleanup);

const tabs = [
  { id: 'a', label: '世帯' },
  { id: 'b', label: '同意' },
  { id: 'c', label: '経過' },
] as const;

function Harness() {
  const [active, setActive] = useState<'a' | 'b' | 'c'>('a');
  return (
    <Tabs label="ケースの内容" tabs={tabs} active={active} onChange={setActive}>
      <p>{`内容 ${active}`}</p>
    </Tabs>
  );
}

describe('Tabs', () => {
  it('names the list, marks the active tab and labels the panel with it', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'ケースの内容' })).toBeTruthy();
    const first = screen.getByRole('tab', { name: '世帯' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(first.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: '同意' }).tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: '世帯' }).textContent).toBe('内容 a');
  });

  it('moves with the arrow keys, wrapping round, and with Home and End', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('tab', { name: '世帯' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '経過' }));
    expect(screen.getByRole('tabpanel').textContent).toBe('内容 c');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '世帯' }).getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tabpanel', { name: '経過' })).toBeTruthy();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tabpanel', { name: '世帯' })).toBeTruthy();
  });
});
