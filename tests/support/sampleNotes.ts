/** Eight things a room might say in the opening activity, of mixed lengths (the longest is 66 characters). */
export const MIXED_ROOM_NOTES: readonly string[] = [
  'Managers plan, leaders persuade',
  'A good manager removes obstacles before we notice them',
  'Leadership is about people, not titles',
  'Both roles need trust',
  'Sometimes the same person, in the same meeting',
  'Our team lead shields us from noise — is that managing or leading?',
  'Vision without follow-through breeds cynicism',
  'We need both, at different moments',
];
