// Discord-shaped ids (17–20 digits) for the fake's users, channels, messages and interactions.

let next = 1_200_000_000_000_000_000n;

export function snowflake(): string {
  next += 1n;
  return next.toString();
}
