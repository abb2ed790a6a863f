import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The files the reports' words are drawn in — PDF text and chart images alike: no system font is relied on. */
export const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
export const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
