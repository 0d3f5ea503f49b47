// What Discord rejects (400 Invalid Form Body), checked by the fake Discord on every payload,
// plus our own rule that every message we send carries allowed_mentions { parse: [] }.

import { COMMAND_LIMITS, DISCORD_LIMITS as L } from '../../../adapters/discord/constants.ts';

type Json = Record<string, unknown>;

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Problems with one message body (channel post, webhook, interaction callback data); [] if fine. */
export function validateMessage(body: Json, options: { requireAllowedMentions: boolean }): string[] {
  const problems: string[] = [];
  const content = text(body.content);
  const embeds = asList(body.embeds);
  const rows = asList(body.components);
  if (content.length > L.messageContent) problems.push(`content: ${content.length} > ${L.messageContent}`);
  if (!content && embeds.length === 0 && rows.length === 0) problems.push('empty message (50006)');
  if (embeds.length > L.embedsPerMessage) problems.push(`embeds: ${embeds.length} > ${L.embedsPerMessage}`);

  let total = 0;
  embeds.forEach((embed, i) => {
    const fields = asList(embed.fields);
    const footer = text((embed.footer as Json | undefined)?.text);
    const author = text((embed.author as Json | undefined)?.name);
    const checks: [string, string, number][] = [
      ['title', text(embed.title), L.embedTitle],
      ['description', text(embed.description), L.embedDescription],
      ['footer.text', footer, L.footerText],
      ['author.name', author, L.authorName],
    ];
    for (const [name, value, max] of checks) {
      if (value.length > max) problems.push(`embeds[${i}].${name}: ${value.length} > ${max}`);
    }
    if ('description' in embed && text(embed.description).length === 0) problems.push(`embeds[${i}].description: empty`);
    if (fields.length > L.embedFields) problems.push(`embeds[${i}].fields: ${fields.length} > ${L.embedFields}`);
    fields.forEach((field, j) => {
      const name = text(field.name);
      const value = text(field.value);
      if (name.length < 1 || name.length > L.fieldName) problems.push(`embeds[${i}].fields[${j}].name: length ${name.length}`);
      if (value.length < 1 || value.length > L.fieldValue) problems.push(`embeds[${i}].fields[${j}].value: length ${value.length}`);
      total += name.length + value.length;
    });
    total += text(embed.title).length + text(embed.description).length + footer.length + author.length;
  });
  if (total > L.embedsTotal) problems.push(`embeds: ${total} characters in all > ${L.embedsTotal}`);

  problems.push(...validateComponents(rows));
  if (options.requireAllowedMentions) {
    const mentions = body.allowed_mentions as Json | undefined;
    const parse = mentions?.parse;
    if (!Array.isArray(parse) || parse.length > 0) problems.push('allowed_mentions: must be { parse: [] }');
  }
  return problems;
}

function validateComponents(rows: Json[]): string[] {
  const problems: string[] = [];
  if (rows.length > L.actionRowsPerMessage) problems.push(`components: ${rows.length} rows > ${L.actionRowsPerMessage}`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = asList(row.components);
    if (row.type !== 1) problems.push(`components[${i}]: not an action row`);
    if (buttons.length < 1 || buttons.length > L.buttonsPerRow) problems.push(`components[${i}]: ${buttons.length} buttons`);
    for (const button of buttons) {
      const id = text(button.custom_id);
      if (text(button.label).length > L.buttonLabel) problems.push(`button label over ${L.buttonLabel}`);
      if (id.length < 1 || id.length > L.customId) problems.push(`custom_id length ${id.length}`);
      if (ids.has(id)) problems.push(`duplicate custom_id ${id}`);
      ids.add(id);
    }
  });
  return problems;
}

/** Autocomplete answers: at most 25 choices, names 1–100, string values up to 100. */
export function validateChoices(choices: unknown): string[] {
  const list = asList(choices);
  const problems: string[] = [];
  if (list.length > COMMAND_LIMITS.choices) problems.push(`choices: ${list.length} > ${COMMAND_LIMITS.choices}`);
  list.forEach((choice, i) => {
    const name = text(choice.name);
    if (name.length < 1 || name.length > COMMAND_LIMITS.choiceName) problems.push(`choices[${i}].name: length ${name.length}`);
    if (text(choice.value).length > COMMAND_LIMITS.choiceValue) problems.push(`choices[${i}].value: too long`);
  });
  return problems;
}

/** A chat-input command definition as PUT to /applications/{id}/commands. */
export function validateCommand(command: Json): string[] {
  const problems: string[] = [];
  let characters = 0;
  const walk = (node: Json, path: string) => {
    const name = text(node.name);
    const description = text(node.description);
    if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(name) || name !== name.toLowerCase()) problems.push(`${path}.name: '${name}'`);
    if (description.length < 1 || description.length > COMMAND_LIMITS.description) {
      problems.push(`${path}.description: length ${description.length}`);
    }
    characters += name.length + description.length;
    const options = asList(node.options);
    if (options.length > COMMAND_LIMITS.options) problems.push(`${path}.options: ${options.length}`);
    const choices = asList(node.choices);
    if (choices.length > COMMAND_LIMITS.choices) problems.push(`${path}.choices: ${choices.length}`);
    for (const choice of choices) characters += text(choice.name).length + String(choice.value ?? '').length;
    if (node.autocomplete && choices.length > 0) problems.push(`${path}: autocomplete with choices`);
    for (const [i, option] of options.entries()) walk(option, `${path}.options[${i}]`);
  };
  walk(command, text(command.name) || 'command');
  if (characters > COMMAND_LIMITS.totalCharacters) problems.push(`${characters} characters > ${COMMAND_LIMITS.totalCharacters}`);
  return problems;
}
