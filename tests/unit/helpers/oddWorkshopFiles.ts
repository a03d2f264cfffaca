/**
 * Workshop files written by hand the way people do: tabs, four spaces with Windows line endings, fields in an unusual
 * order, blank lines, objects on one line, a byte-order mark, no final line break. Each is a valid workshop, so a
 * round trip through the builder can be checked to change nothing but the edited value.
 */
export const ODD_WORKSHOP_FILES: Readonly<Record<string, string>> = {
  'tabs-odd-order.workshop.json': [
    '{',
    '\t"title": "Tabbed retro",',
    '\t"activities": [',
    '\t\t{',
    '\t\t\t"plannedMinutes": 5,',
    '\t\t\t"title": "Check-in",',
    '\t\t\t"kind": "discussion",',
    '\t\t\t"id": "check-in",',
    '\t\t\t"talkingPoints": ["No wrong words.", "Keep it short."],',
    '\t\t\t"prompt": "One word for the month?",',
    '\t\t\t"script": { "say": "Go round the room." }',
    '\t\t},',
    '\t\t{',
    '\t\t\t"id": "stretch",',
    '\t\t\t"kind": "break",',
    '\t\t\t"title": "Stretch",',
    '\t\t\t"prompt": "Back in five.",',
    '\t\t\t"script": {',
    '\t\t\t\t"say": "Start the timer."',
    '\t\t\t},',
    '\t\t\t"plannedMinutes": 5',
    '\t\t}',
    '\t],',
    '\t"id": "tabbed-retro",',
    '\t"groundworkWorkshop": 1',
    '}',
    '',
  ].join('\n'),

  'four-spaces-crlf.workshop.json': [
    '{',
    '    "groundworkWorkshop": 1,',
    '    "id": "windows-retro",',
    '    "title": "Written on Windows",',
    '    "summary": "Four spaces and CRLF line endings.",',
    '    "activities": [',
    '        {',
    '            "id": "check-in",',
    '            "kind": "discussion",',
    '            "title": "Check-in",',
    '            "prompt": "How was the week?",',
    '            "script": {',
    '                "say": "Ask around the room."',
    '            },',
    '            "talkingPoints": [',
    '                "Listen first."',
    '            ],',
    '            "plannedMinutes": 10',
    '        },',
    '',
    '        {',
    '            "id": "stretch",',
    '            "kind": "break",',
    '            "title": "Stretch break",',
    '            "prompt": "Stand up.",',
    '            "script": {',
    '                "say": "Everyone up."',
    '            },',
    '            "plannedMinutes": 3',
    '        }',
    '    ]',
    '}',
    '',
  ].join('\r\n'),

  'inline-bom.workshop.json':
    '\uFEFF{\n' +
    '  "groundworkWorkshop": 1, "id": "inline-retro",\n' +
    '  "title": "Inline retro",\n' +
    '\n' +
    '  "activities": [\n' +
    '    { "id": "check-in", "kind": "discussion", "title": "Check-in", "prompt": "A word?", "script": { "say": "Go round." }, "plannedMinutes": 5 },\n' +
    '    { "id": "stretch", "kind": "break", "title": "Stretch", "prompt": "Up!", "script": { "say": "Timer on." }, "talkingPoints": ["Water", "Air"], "plannedMinutes": 2 }\n' +
    '  ],\n' +
    '  "source": "Typed by hand, \\u00e9 escaped and all."\n' +
    '}',
};
