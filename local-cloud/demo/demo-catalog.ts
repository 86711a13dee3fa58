import type { Schema } from '../../amplify/data/resource';

type Course = Schema['Course']['type'];
type Lesson = Schema['Lesson']['type'];

export const demoPassword = 'Play-Along-2026!';

export const demoUsers = {
  admin: { email: 'admin@example.com', groups: ['ADMINS'] },
  student: { email: 'student@example.com', groups: [] },
  newbie: { email: 'newbie@example.com', groups: [] },
} as const;

export interface DemoLesson extends Pick<Lesson, 'title' | 'description' | 'freePreview'> {
  /** Which of the generated demo clips this lesson plays. */
  clip: number;
}

export interface DemoCourse
  extends Pick<Course, 'id' | 'title' | 'summary' | 'description' | 'instrument' | 'level' | 'priceCents' | 'currency' | 'status'> {
  artColors: [string, string];
  lessons: DemoLesson[];
  sheetMusic?: { title: string; lessonIndex: number };
}

const lesson = (title: string, clip: number, freePreview = false): DemoLesson => ({
  title,
  clip,
  freePreview,
  description: `${title}: watch, slow it down, loop the hard bars and play along.`,
});

/** The demo catalog: 6 published courses over 4 instruments and 2 levels, and one draft. */
export const demoCourses: DemoCourse[] = [
  {
    id: 'course-guitar-first-chords',
    title: 'First Chords on Guitar',
    summary: 'Open chords, strumming and your first song in two weeks.',
    description: 'Start from holding the pick and finish playing a full song with G, C, D and E minor.',
    instrument: 'GUITAR',
    level: 'BEGINNER',
    priceCents: 2900,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0xF2994A', '0xEB5757'],
    lessons: [lesson('Holding the guitar and pick', 0, true), lesson('G and C chords', 1), lesson('Strumming in 4/4', 2)],
    sheetMusic: { title: 'Chord chart: G, C, D, Em (PDF)', lessonIndex: 1 },
  },
  {
    id: 'course-guitar-blues-lead',
    title: 'Blues Lead Guitar',
    summary: 'Pentatonic boxes, bends and call-and-response phrasing.',
    description: 'Learn the minor pentatonic in five positions and build solos over a 12-bar blues.',
    instrument: 'GUITAR',
    level: 'INTERMEDIATE',
    priceCents: 4900,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0x2F80ED', '0x56CCF2'],
    lessons: [lesson('The 12-bar blues', 1, true), lesson('Pentatonic box one', 2), lesson('Bends and vibrato', 0), lesson('Your first solo', 1)],
  },
  {
    id: 'course-piano-foundations',
    title: 'Piano Foundations',
    summary: 'Posture, reading the grand staff and both hands together.',
    description: 'A patient introduction to the keyboard: finger numbers, C position and simple pieces.',
    instrument: 'PIANO',
    level: 'BEGINNER',
    priceCents: 3900,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0x27AE60', '0x6FCF97'],
    lessons: [lesson('Finding middle C', 2, true), lesson('C position melodies', 0), lesson('Hands together', 1)],
  },
  {
    id: 'course-piano-jazz-voicings',
    title: 'Jazz Piano Voicings',
    summary: 'Shell voicings, rootless chords and ii–V–I in every key.',
    description: 'Move beyond triads: build rich left-hand voicings and comp through jazz standards.',
    instrument: 'PIANO',
    level: 'INTERMEDIATE',
    priceCents: 5900,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0x9B51E0', '0xBB6BD9'],
    lessons: [lesson('Shell voicings', 0, true), lesson('The ii–V–I', 1), lesson('Rootless voicings', 2)],
  },
  {
    id: 'course-voice-warmups',
    title: 'Singing: Breath and Warm-ups',
    summary: 'Breath support, resonance and a daily ten-minute routine.',
    description: 'Build a healthy voice with breathing exercises, lip trills and scales you can sing along to.',
    instrument: 'VOICE',
    level: 'BEGINNER',
    priceCents: 1900,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0xF2C94C', '0xF2994A'],
    lessons: [lesson('Breathing from the diaphragm', 1, true), lesson('Lip trills and sirens', 2), lesson('Five-note scales', 0)],
  },
  {
    id: 'course-drums-groove',
    title: 'Drum Grooves That Stick',
    summary: 'Rock, funk and shuffle grooves with a metronome.',
    description: 'Lock in with the click: sixteenth-note hi-hats, ghost notes and fills that land on one.',
    instrument: 'DRUMS',
    level: 'INTERMEDIATE',
    priceCents: 3400,
    currency: 'usd',
    status: 'PUBLISHED',
    artColors: ['0x333333', '0xEB5757'],
    lessons: [lesson('Rock beat basics', 2, true), lesson('Ghost notes', 0), lesson('Fills that land on one', 1)],
  },
  {
    id: 'course-violin-draft',
    title: 'Violin from Scratch (coming soon)',
    summary: 'Bow hold, open strings and first tunes.',
    description: 'An unpublished draft: visible to course admins only.',
    instrument: 'VIOLIN',
    level: 'BEGINNER',
    priceCents: 3900,
    currency: 'usd',
    status: 'DRAFT',
    artColors: ['0x8D6E63', '0xD7CCC8'],
    lessons: [lesson('The bow hold', 0, true), lesson('Open strings', 1), lesson('Twinkle, Twinkle', 2)],
  },
];

/** The paid course the demo student owns, and how far they got. */
export const studentEnrollment = {
  courseId: 'course-guitar-blues-lead',
  progress: [
    { lessonIndex: 0, positionSeconds: 11, completed: true, practiceSeconds: 420 },
    { lessonIndex: 1, positionSeconds: 6, completed: false, practiceSeconds: 180 },
  ],
};
