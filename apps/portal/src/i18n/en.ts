import { communityEn } from './community-en.js';
import type { PortalResources } from './ja.js';

export const portalEn: PortalResources = {
  appName: 'Kasane: Find a place to talk',
  brand: 'Kasane',
  brandSub: 'Find a place to talk',
  quickExit: 'Leave now',
  quickExitHint: 'Closes this page and opens another website',
  home: {
    title: 'Home',
    message: 'Whichever desk you go to, whatever your worry, we will listen',
    lead: 'Care, disability, raising children, everyday life: you do not need to know where to go. Choose the city, town or village where you live and we will show you where to get help there.',
  },
  chooser: {
    title: 'Choose where you live',
    current: 'Your city, town or village',
    change: 'Choose again',
    clear: 'Forget my choice',
    remembered: 'Your choice is saved on this device only.',
    chosenAnnouncement: 'You chose {{name}}.',
    search: {
      title: 'Search by name',
      label: 'Name of the city, town or village (in Japanese)',
      hint: 'e.g. つちうら or 土浦市',
      submit: 'Search',
      resultsCaption: 'Results',
      count: '{{count}} found.',
      none: 'Nothing found. Try writing the name in hiragana or kanji.',
      empty: 'Enter a name.',
      choose: 'Choose',
      more: 'Show more',
      inPrefecture: ' ({{prefecture}})',
    },
    byPrefecture: {
      title: 'Choose by prefecture',
      prefecture: 'Prefecture',
      municipality: 'City, town or village',
      selectPrefecture: 'Select a prefecture',
      selectMunicipality: 'Select a city, town or village',
      choose: 'Choose this one',
      needMunicipality: 'Select a city, town or village.',
    },
  },
  prefectureName: '{{name}}',
  accessibility: {
    title: 'Accessibility policy',
    body: 'This site aims to conform to level AA of Japanese Industrial Standard JIS X 8341-3:2016 (equivalent to WCAG 2.0 AA).',
    measures: 'Everything can be used with a keyboard alone, text has enough colour contrast, and every input has a label.',
    contact: 'If something is hard to use, please tell the office of your city, town or village.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for may have moved or been removed.',
  },
  nav: {
    home: 'Home',
    accessibility: 'Accessibility policy',
    footer: 'Site links',
  },
  footer: 'A guide to the consultation desks of the multi-layered support system (Social Welfare Act art. 106-4).',
  loadError: 'Could not load. Please try again later.',
  community: communityEn,
};
