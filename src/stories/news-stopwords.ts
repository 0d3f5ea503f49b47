// Words every news story uses: they say nothing about which story an article belongs to.
// Applied after the core's own stopwords and stemming, so entries are stems.

export const NEWS_STOPWORDS = new Set(
  `
  say said says told tell according report reported reporting reporter journalist news statement statements
  comment comments spokesperson spokesman spokeswoman official officials people person year years month months
  week weeks day days today yesterday tomorrow time times monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec morning afternoon evening night last next first second third one two three four five
  six seven eight nine ten hundred thousand million billion percent per many much several few new old other
  another including include includes also just like made make makes making take taken takes took give given gives
  come came comes going go goes went get got well still even only now then ago early late later since during
  around near among across against between without within because although however whether though yet very way
  part number thing things place called call calls added adding asked ask asks think thought know known see seen
  want wanted need needed use used using help helped mr mrs ms dr would could should might
  must will can may shall week's group groups issue issues plan plans set sets put puts show shows showed shown
  area areas country countries government governments state states public local national international world
  member members head chief leader leaders former deputy senior minister ministry president
  `
    .split(/\s+/)
    .filter(Boolean),
);
