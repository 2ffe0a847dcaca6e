// English UI strings of the first-run wizard (merged into en.ts).
import type { firstRunVi } from './firstrun.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const firstRunEn = {
  firstRun: {
    windowTitle: 'First-time setup — Spokesdesk',
    welcome: 'Welcome to Spokesdesk',
    tagline: 'Build periodic press-briefing packets from templates, talking points and cited directives; kept on this computer, printed in the official layout.',
    stepsLabel: 'Setup steps',
    stepOf: 'Step {{step}} of {{total}}',
    steps: {
      language: 'Language',
      identity: 'Agency',
      content: 'Content',
    },
    language: {
      heading: 'Choose the interface language',
      intro: 'The interface changes as soon as you choose. Briefing documents are still written and printed in Vietnamese; you can change the language later in Settings.',
      legend: 'Interface language',
      viNote: 'Vietnamese interface',
      enNote: 'English interface',
    },
    identity: {
      heading: 'Agency and spokesperson',
      intro: 'These details are printed at the top of documents, in the place-and-date line and in the contact lines. The agency name and the place name are required; the rest can be added later in Settings.',
      fixErrors_one: '{{count}} field needs correcting before you continue.',
      fixErrors_other: '{{count}} fields need correcting before you continue.',
    },
    content: {
      heading: 'Starting content',
      intro: 'Choose what to load now so you can start working at once. Anything you leave out can be loaded later.',
      checking: 'Checking the data folder…',
      checkFailed: 'The data folder could not be checked: {{message}}',
      existingTitle: 'This data folder already has content',
      existing: 'It is kept as it is; nothing is overwritten.',
      existingCounts: {
        directives: 'Directives: {{count}}',
        talkingPoints: 'Talking points: {{count}}',
        qaItems: 'Q&A items: {{count}}',
        packets: 'Packets: {{count}}',
      },
      starter: 'Load the starter directive registry',
      starterHint_one: '{{count}} directive most often cited (Decree 09/2017/NĐ-CP, Conclusion 57-KL/TW, Decision 1079/QĐ-TTg…), with subject lines and legal status.',
      starterHint_other: '{{count}} directives most often cited (Decree 09/2017/NĐ-CP, Conclusion 57-KL/TW, Decision 1079/QĐ-TTg…), with subject lines and legal status.',
      starterPartial: 'The library already holds {{present}} of these {{total}} directives; only the missing ones are added.',
      starterAllPresent: 'All {{total}} starter directives are already in the library.',
      sample: 'Load sample content to try the app',
      sampleHint_one: 'A sample packet with {{count}} sample talking point or Q&A item, to try the app before real work. You can delete them later.',
      sampleHint_other: 'A sample packet with {{count}} sample talking points and Q&A items, to try the app before real work. You can delete them later.',
      sampleAllPresent: 'The sample content is already in the library.',
      templatesTitle_one: '{{count}} built-in packet template',
      templatesTitle_other: '{{count}} built-in packet templates',
      templatesHint: 'Always available, nothing to load. To change one, duplicate it on the Templates screen.',
    },
    actions: {
      next: 'Continue',
      back: 'Back',
      finish: 'Start',
      skip: 'Skip',
      skipHint: 'Skip setup; you can fill this in later in Settings',
      enterHint: 'Press Enter to continue',
    },
    progress: {
      heading: 'Preparing Spokesdesk…',
      failedHeading: 'Setup did not finish',
      skipping: 'Saving your choices…',
      tasks: {
        settings: 'Save the language and agency details',
        starter: 'Load the starter directive registry',
        sample: 'Load the sample content',
      },
      state: {
        pending: 'Waiting',
        running: 'Working…',
        done: 'Done',
        failed: 'Not done',
      },
      failed: '“{{task}}” did not finish: {{message}}',
      retry: 'Try again',
      continue: 'Open the app',
      continueHint: 'What was not loaded can be loaded later on the Directives and Talking points screens.',
    },
    done: 'Setup is complete. The briefing schedule shows what is due next.',
    skipped: 'Setup skipped. The agency details can be filled in under Settings.',
  },
} satisfies Widen<typeof firstRunVi>;
