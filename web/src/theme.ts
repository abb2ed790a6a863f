import type { ThemeConfig } from 'antd';

/**
 * A person who asked the system for less motion (WCAG 2.3.3) gets dialogs and lists that simply
 * appear and buttons without the click ripple (ConfigProvider's `wave`).
 */
export const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The CB's colours, readable by everyone (WCAG 2.1 AA, 4.5:1 for text): antd's defaults put
 * secondary text, placeholders (which our filters show as their names), links and red text
 * below that on white; these are the same hues, darker.
 */
export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: '#1f5faa',
    colorInfo: '#1f5faa',
    colorLink: '#1f5faa',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
  components: {
    // an empty table says something ('本月记录完整'): antd writes it in the disabled colour (1.8:1)
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' },
  },
};
