/**
 * Page chrome: the lines of a saved news page that are not the article. This is the ONE list of
 * rules the import uses; each rule says which kind of line it drops and why, with examples
 * taken from the source documents in `content/sources/` or from the usual furniture of news
 * sites. A dropped line is never lost: the import lists it in `provenance.dropped`.
 *
 * Rules see a line trimmed and without Markdown markup (see `stripMarkup`), and must match the
 * whole line, so a sentence that merely mentions "comments" or "subscribers" is kept.
 */

/** One kind of page chrome. */
export interface ChromeRule {
  /** Short name of the kind of line, shown in the import's checklist. */
  kind: string;
  /** Matches a whole line (trimmed, markup removed) of this kind. */
  pattern: RegExp;
  /** Lines the rule drops: documentation, and the rule's own test cases. */
  examples: readonly string[];
  /** True when such a line often names the site (a newsletter, contacts): outlet evidence. */
  namesSite?: boolean;
}

/** Every chrome rule, in the order they are tried. */
export const CHROME_RULES: readonly ChromeRule[] = [
  /** Advertising slots: the label a page prints where an advert loads ("Advertisement"). */
  {
    kind: "advertisement",
    pattern: /^(?:advertisement|advertisements|sponsored(?: content)?|ad)$/i,
    examples: ["Advertisement", "Sponsored content"],
  },
  /** Links to the rest of an article or to another one: never article text. */
  {
    kind: "read-more link",
    pattern: /^(?:read more|continue reading|read the full (?:article|story))$/i,
    examples: ["Read More", "Continue reading"],
  },
  /**
   * A republishing site's link back to the original ("Source: Read Full Article"). Tried before
   * credit lines: unlike "Source: Anadolu", it names no source, only a link.
   */
  {
    kind: "link to the original",
    pattern: /^source:\s*read (?:the )?full (?:article|story)$/i,
    examples: ["Source: Read Full Article"],
  },
  /** Headings of lists of other articles. */
  {
    kind: "related links",
    pattern:
      /^(?:related(?: articles| stories| posts| news| content)?|more on this story|you may also like|recommended(?: for you)?|most read|also read)\s*:?$/i,
    examples: ["Related Articles", "You may also like"],
  },
  /** Video promotions set between paragraphs ("Watch: …"): the title of another item. */
  {
    kind: "video promotion",
    pattern: /^watch\s*:\s*\S.*$/i,
    examples: ["Watch: Video shows anti-Taliban forces in training"],
  },
  /** Comment forms and comment widgets under an article. */
  {
    kind: "comment form",
    pattern:
      /^(?:leave a (?:reply|comment)|please enter your (?:comment|name)(?: here)?!?|your email address will not be published\..*|post (?:a )?comment|facebook comments|\d+ comments?|comments?)$/i,
    examples: [
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Please enter your comment!",
      "Please enter your name here",
      "Facebook Comments",
    ],
  },
  /** Navigation buttons and skip links. */
  {
    kind: "navigation",
    pattern: /^(?:back to top(?: button)?|scroll to top|skip to (?:main )?content|menu|search|home)$/i,
    examples: ["Back to top button", "Skip to content"],
  },
  /** Newsletter sign-up forms and their widget branding ("made with mailchimp"). */
  {
    kind: "newsletter form",
    pattern:
      /^(?:subscribe(?: to .*| now)?|sign up(?: for| to)? .*newsletter.*|\* indicates required|made with\s+mailchimp)$/i,
    namesSite: true,
    examples: [
      "Subscribe to the International Relations Updates by The Kootneeti",
      "* indicates required",
      "Subscribe",
      "made with  mailchimp",
    ],
  },
  /** Labels of form fields (newsletter and comment forms). */
  {
    kind: "form field label",
    pattern: /^(?:full name|(?:first|last) name|name|e-?mail(?: address)?|website|phone(?: number)?)\s*\*?$/i,
    examples: ["Full Name", "Email Address *"],
  },
  /** Contact details on their own line: an e-mail address, a web address or a phone number. */
  {
    kind: "contact details",
    pattern:
      /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?|\(?\+?\d[\d\s()+-]{6,}\d)$/i,
    namesSite: true,
    examples: ["team@thekootneeti.com", "courses.thekootneeti.in", "(+91) 120 4565994"],
  },
  /**
   * Promotions set in capitals (course adverts, "JOIN TODAY!"): a line of two or more words with
   * no lower-case letter. News prose is never set in capitals line after line.
   */
  {
    kind: "promotion in capitals",
    pattern: /^(?=(?:.*\p{Lu}){2})(?=\S+\s+\S)[^\p{Ll}]+$/u,
    namesSite: true,
    examples: ["CERTIFICATE COURSE IN", "SIX-WEEK ONLINE COURSE IN INTERNATIONAL RELATIONS", "JOIN TODAY!"],
  },
  /** Sharing buttons and social links. */
  {
    kind: "sharing buttons",
    pattern: /^(?:share(?: this(?: article| story)?)?|share on \w+|tweet|print|follow us(?: on .+)?)$/i,
    examples: ["Share this article", "Share on Facebook"],
  },
  /** Cookie banners: a line about the site's use of cookies or a button to accept them. */
  {
    kind: "cookie banner",
    pattern: /^.*\b(?:we use cookies|accept(?: all)? cookies|cookie (?:policy|settings|preferences))\b.*$/i,
    examples: ["We use cookies to improve your experience.", "Accept all cookies"],
  },
  /** Copyright footers. */
  {
    kind: "copyright notice",
    pattern: /^(?:©|copyright\b|all rights reserved).*$/i,
    namesSite: true,
    examples: ["© 2021 Example News. All rights reserved."],
  },
];

/** The chrome rule that drops `line` (trimmed, markup removed), or undefined for article text. */
export function chromeRuleFor(
  line: string,
  rules: readonly ChromeRule[] = CHROME_RULES,
): ChromeRule | undefined {
  return rules.find((rule) => rule.pattern.test(line));
}

/**
 * A line without its Markdown markup, as `provenance.dropped` lists it: heading marks, bold
 * marks and backslash escapes removed, outer white space trimmed (inner white space kept).
 */
export function stripMarkup(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/\*\*/g, "")
    .replace(/\\([*_#\\`[\]])/g, "$1")
    .trim();
}
