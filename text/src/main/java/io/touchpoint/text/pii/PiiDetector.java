package io.touchpoint.text.pii;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text: card numbers (Luhn-checked), SSNs, phone numbers, e-mail
 * addresses, IBANs (mod-97-checked), account numbers, dates of birth, street addresses and person
 * names, written or spoken as words ("four one one one ...", "maria dot lopez at example dot com").
 *
 * <p>Formats with a checksum or an unmistakable shape are found anywhere. Ambiguous ones (a bare
 * nine-digit number, a date, a run of account digits) count only with context: words just before
 * them ("my date of birth is", "account number") or the question of the turn before ("Can I have
 * your date of birth?"). That is what keeps timestamps, order ids, case numbers and amounts out.
 *
 * <pre>{@code
 * PiiDetector detector = PiiDetector.all();
 * List<PiiSpan> spans = detector.detect("card is 4111 1111 1111 1111, order 1234567890123");  // one CARD
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PiiDetector {

    private static final int CONTEXT_CHARS = 48;
    /** The shortest number that can be personal data: an account number (6 digits). */
    private static final int MIN_PII_DIGITS = 6;
    /** The fewest digits of a written phone number (see findPhones). */
    private static final int MIN_PHONE_DIGITS = 8;

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    private static final Pattern SPOKEN_EMAIL = Pattern.compile(
            "\\b[a-z0-9]+(?:(?: dot | underscore | dash |[._-])[a-z0-9]+)* at [a-z0-9-]+(?: dot [a-z0-9-]+)*"
                    + " dot (?:com|net|org|edu|gov|io|co|us|uk|info|biz|me|ca)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w])"
                    + "|(?<![\\w+])\\+(?!1\\b)\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}(?![\\w])");

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String ORDINAL_WORD = "(?:(?:twenty|thirty)[ -])?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|thirtieth)";
    private static final String NUMBER_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred)";
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}\\b"
                    + "|\\b(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}\\b"
                    + "|\\b" + MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (?:19|20)\\d{2}\\b"
                    + "|\\b" + MONTH + " (?:the )?" + ORDINAL_WORD + ",? (?:nineteen|twenty|two thousand)(?:[ -]"
                    + NUMBER_WORD + "){1,2}\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\d{1,6}[A-Za-z]? (?:[A-Za-z0-9'.-]+ ){1,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive"
                    + "|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail|trl"
                    + "|row|crescent|alley)\\b\\.?"
                    + "(?:,? (?:apt|apartment|suite|ste|unit|#)\\.? ?[A-Za-z0-9-]+)?"
                    + "(?:,? [A-Za-z][A-Za-z .'-]{1,30}?, [A-Za-z]{2}(?: \\d{5}(?:-\\d{4})?)?\\b|,? \\d{5}(?:-\\d{4})?\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** Words that never sit between a house number and a street suffix: "waited 3 hours on the way". */
    private static final Set<String> NOT_STREET_WORDS = Set.of("the", "a", "an", "on", "in", "at", "to", "for", "of",
            "my", "your", "our", "and", "or", "is", "was", "are", "minutes", "minute", "hours", "hour", "days", "day",
            "times", "weeks", "months", "years", "this", "that", "by", "from", "with", "it", "its", "i", "you", "we",
            "they", "he", "she", "dollars", "percent", "items", "more", "less", "all", "no", "not", "per", "each");

    private static final String NAME_WORD = "[A-Z](?:[a-z]+(?:[-'][A-Z]?[a-z]+)?|'[A-Z][a-z]+)";
    private static final Pattern NAME_AFTER_CUE = Pattern.compile(
            "(?i:\\b(?:my name is|my name['’]s|the name is|name on the account is|account holder is|(?:speak|speaking|chat|chatting|talk|talking) (?:with|to)"
                    + "|this is|it['’]s|it is|i['’]m|i am|is this|you['’]ve reached|ask for|under the name(?: of)?)) ,?(" + NAME_WORD
                    + "(?: " + NAME_WORD + "){0,2})");
    private static final Pattern NAME_LOWERCASE_AFTER_STRONG_CUE = Pattern.compile(
            "\\b(?:my name is|my name's|name on the account is) ([a-z]+(?: [a-z]+)?)\\b");
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Miss|Dr|Mister)\\.? (" + NAME_WORD + "(?: " + NAME_WORD + ")?)");
    private static final Pattern NAME_IN_GREETING = Pattern.compile(
            "(?i:\\b(?:hi|hello|hey|dear|thanks|thank you|goodbye|bye|good morning|good afternoon|good evening)),? (" + NAME_WORD
                    + ")\\b(?!['\u2019])");
    /** An agent introducing themselves: "thanks for calling Telco, Nancy speaking". */
    private static final Pattern NAME_SPEAKING = Pattern.compile("(?:^|[,.] )(" + NAME_WORD + ") speaking\\b");
    /** Someone addressed at the end of a sentence: "I really appreciate your help, Joyce." */
    private static final Pattern NAME_VOCATIVE = Pattern.compile(", (" + NAME_WORD + ")(?=[.!?](?:\\s|$))");
    /** A bare name answering a question for it: "Maria Lopez." or "Sure thing, it's Maria Lopez." */
    private static final Pattern NAME_ANSWER = Pattern.compile("^(?i:(?:sure|yes|yeah|okay|ok|thing|it['\u2019]s|it is"
            + "|of course)[,.]? )*(" + NAME_WORD + "(?: " + NAME_WORD + "){1,2})\\b");
    /** Capitalized words that follow "it's", "I'm", "this is" and are not names. */
    private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "The", "A", "An", "Calling", "Just", "Here",
            "Sorry", "Yes", "No", "Okay", "Ok", "Sure", "Fine", "Good", "Great", "Well", "Not", "So", "Really",
            "Actually", "About", "Regarding", "Still", "Happy", "Glad", "Ready", "Done", "There", "Sir", "Madam",
            "Ma'am", "Team", "Everyone", "All", "Again", "For", "Very", "Much", "Folks", "Guys", "You", "Your", "My",
            "Me", "We", "It", "This", "That", "What", "Why", "How", "When", "Where", "Who", "Please", "Thanks",
            "Thank", "Hello", "Hi", "Hey", "Bye", "Speaking", "Correct", "Right", "Also", "And", "But", "Or",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Customer", "Support", "Service", "Billing", "Account", "Internet", "Mobile", "Premium", "Basic",
            "Unlimited", "Today", "Tomorrow", "Yesterday", "Morning", "Afternoon", "Evening", "Gonna", "Going",
            "Having", "Trying", "Looking", "Wondering", "Frustrated", "Angry", "Confused", "Upset", "Sick",
            "Tired", "Leaving", "Switching", "Cancelling", "Canceling", "Ridiculous", "Unacceptable", "Be",
            "Have", "Had", "Was", "Is", "Are", "Will", "Would", "Can", "Could", "Should", "Do", "Does", "Did", "Let",
            "Like", "Sounds", "Perfect", "Awesome", "Wonderful", "Excellent", "Nice", "Cool", "Alright", "Yeah",
            "Yep", "Nope", "Hmm", "Um", "Uh", "Oh", "Wow", "She", "He", "They", "In", "On", "At", "To", "Of", "With",
            "Mr", "Mrs", "Ms", "Miss", "Dr", "Mister");
    private static final Set<String> LOWERCASE_NOT_NAMES = Set.of("calling", "not", "a", "an", "the", "just", "on",
            "in", "at", "here", "still", "trying", "having", "looking", "going", "with", "about", "and", "is", "so",
            "very", "really", "from", "also", "your", "my", "sorry", "okay", "ok", "yes", "no", "sure", "well");
    /** A cue, then a lower-case word: where a name may stand in text without capitals. */
    private static final Pattern LOWERCASE_NAME_CUE = Pattern.compile("\\b(?:my name is|my name's|name is|this is|it's"
            + "|it is|i'm|i am|speaking with|speaking to|talking to|talking with|speak to|speak with|ask for"
            + "|you've reached|hi|hello|hey|thanks|thank you|dear|bye|goodbye|mr|mrs|ms|miss),? ([a-z]+)\\b");
    private static final Set<String> FIRST_NAMES = wordsOf("first-names.txt");
    /** Words that follow a given name and are not a surname: "this is paul how can i help". */
    private static final Set<String> COMMON_WORDS = Set.of("how", "what", "can", "could", "may", "will", "would",
            "speaking", "here", "from", "with", "and", "or", "but", "for", "to", "of", "in", "on", "at", "the", "a",
            "an", "is", "was", "are", "i", "you", "we", "they", "he", "she", "it", "this", "that", "thanks", "thank",
            "please", "yes", "no", "ok", "okay", "sure", "hi", "hello", "bye", "again", "today", "now", "then",
            "so", "just", "calling", "call", "called", "too", "there", "speak", "talk", "help", "um", "uh",
            "right", "well", "oh", "good", "great", "very", "much", "do", "did", "does", "have", "has", "had",
            "be", "been", "not", "all", "about", "my", "your", "our", "their", "his", "her", "me", "us", "them",
            "if", "when", "where", "who", "why", "which", "one", "two", "as", "by", "up", "out", "over", "into",
            "let", "lets", "see", "know", "get", "got", "need", "want", "like", "am", "sir", "madam", "team");

    private static Set<String> wordsOf(String resource) {
        try (java.io.InputStream in = PiiDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + PiiDetector.class.getName());
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> java.util.Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A capitalized word followed by one of these names an organization. */
    private static final Pattern ORGANIZATION_AFTER = Pattern.compile(
            " (?i:team|support|customer (?:care|service|support)|care|service|staff|crew|inc|ltd|llc|corp)\\b");
    /** "my dog's name is Max": a pet's name is not personal data. */
    private static final Pattern PET_BEFORE = Pattern.compile("(?i)\\b(?:dog|dog's|cat|cat's|pet|pet's|puppy|kitten)\\W*$");

    private static final Pattern SSN_CONTEXT = Pattern.compile("(?i)\\b(?:social security|social|ssn|ss#|ss number)\\b");
    private static final Pattern ACCOUNT_CONTEXT = Pattern.compile(
            "(?i)\\b(?:account|acct|routing|member|policy|customer) ?(?:number|no\\.?|#|num|id)(?!\\w)|\\bacct\\b");
    /** A date written with digits, "2026-01-14" or "14/01/2026": never an account or phone number. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}");
    private static final Pattern PHONE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:phone|cell|mobile|telephone|callback|call me|call back|reach me|text me|contact number|best number"
                    + "|the number|my number)\\b");
    private static final Pattern DOB_CONTEXT = Pattern.compile(
            "(?i)\\b(?:date of birth|birth ?date|birthday|born|dob|d\\.o\\.b)\\b");
    private static final Pattern NAME_CONTEXT = Pattern.compile(
            "(?i)\\b(?:your (?:full |first |last )?name|who (?:am i|i'm) speaking|name on the account)\\b");
    private static final Pattern NOT_PERSONAL_CONTEXT = Pattern.compile(
            "(?i)\\b(?:order|case|ticket|confirmation|invoice|reference|ref|tracking|reservation|booking|claim|"
                    + "transaction|model|serial|flight|room|extension|ext)\\b\\W*(?:number|no\\.?|#|id)?\\W*(?:(?:is|was|of)\\W*)?$");

    private final Set<PiiType> enabled;

    private PiiDetector(Set<PiiType> enabled) {
        this.enabled = enabled.isEmpty() ? EnumSet.noneOf(PiiType.class) : EnumSet.copyOf(enabled);
    }

    /** A detector of every type. */
    public static PiiDetector all() {
        return new PiiDetector(EnumSet.allOf(PiiType.class));
    }

    /** A detector of the given types only. */
    public static PiiDetector of(Set<PiiType> types) {
        return new PiiDetector(requireNonNull(types, "types is null"));
    }

    public Set<PiiType> enabled() {
        return Set.copyOf(enabled);
    }

    /** The personal data in {@code text}, without overlaps, in text order. */
    public List<PiiSpan> detect(String text) {
        return detect(text, "");
    }

    /**
     * The personal data in {@code text}, reading {@code previousTurn} (the question it may answer,
     * e.g. "What's your date of birth?") as context; without overlaps, in text order.
     */
    public List<PiiSpan> detect(String text, String previousTurn) {
        requireNonNull(text, "text is null");
        requireNonNull(previousTurn, "previousTurn is null");
        List<PiiSpan> candidates = new ArrayList<>();
        // Cheap necessary conditions first: most turns hold no digit, no '@' and none of the cue
        // words, and the regular expressions below cost far more than these scans.
        Cues cues = new Cues(text);
        if (cues.hasAt || cues.spokenEmail()) {
            findEmails(text, cues, candidates);
        }
        if (cues.digits >= 2) {
            findIbans(text, candidates);
        }
        // A run worth reading has six digits, written or spoken (a written group is one atom of
        // a run, a spoken digit one word): "$45.99" or "2 hours" cannot hold one.
        if (cues.digits >= MIN_PII_DIGITS || cues.enoughDigitWords()) {
            findDigitRuns(text, previousTurn, candidates);
        }
        if (cues.digits >= MIN_PHONE_DIGITS) {
            findPhones(text, candidates);
        }
        if (cues.hasDigit) {
            findAddresses(text, candidates);
        }
        if (cues.writtenDate() || cues.spokenDate()) {
            findDates(text, previousTurn, candidates);
        }
        findNames(text, previousTurn, cues, candidates);
        return resolve(candidates);
    }

    private void add(List<PiiSpan> candidates, PiiType type, int start, int end, double confidence) {
        if (enabled.contains(type) && end > start) {
            candidates.add(new PiiSpan(type, start, end, confidence));
        }
    }

    private void findEmails(String text, Cues cues, List<PiiSpan> candidates) {
        if (cues.hasAt) {
            Matcher written = EMAIL.matcher(text);
            while (written.find()) {
                add(candidates, PiiType.EMAIL, written.start(), written.end(), 0.99);
            }
        }
        if (cues.spokenEmail()) {
            Matcher spoken = SPOKEN_EMAIL.matcher(text);
            while (spoken.find()) {
                add(candidates, PiiType.EMAIL, spoken.start(), spoken.end(), 0.9);
            }
        }
    }

    private void findIbans(String text, List<PiiSpan> candidates) {
        Matcher matcher = IBAN.matcher(text);
        while (matcher.find()) {
            if (Checksums.iban(matcher.group().replace(" ", ""))) {
                add(candidates, PiiType.IBAN, matcher.start(), matcher.end(), 0.99);
            }
        }
    }

    private void findDigitRuns(String text, String previousTurn, List<PiiSpan> candidates) {
        for (DigitRun run : DigitRun.find(text)) {
            if (run.digitCount() < MIN_PII_DIGITS) {
                continue; // "one question", "2 hours": too short to be any number below
            }
            String before = before(text, run.start());
            if (!run.spoken() && NOT_PERSONAL_CONTEXT.matcher(before).find()) {
                // "order number 4111..." is an order id even if it happens to pass the Luhn check.
                continue;
            }
            if (findCard(run, candidates)) {
                continue;
            }
            if (!run.spoken() && NUMERIC_DATE.matcher(text.substring(run.start(), run.end())).find()) {
                continue;
            }
            String digits = run.digits();
            List<Integer> groups = run.groupSizes();
            boolean ssnShape = groups.equals(List.of(3, 2, 4)) && (run.spoken() || hyphenOrSpaceSeparated(text, run));
            boolean ssnContext = SSN_CONTEXT.matcher(before).find() || SSN_CONTEXT.matcher(previousTurn).find();
            if (digits.length() == 9 && Checksums.ssn(digits) && (ssnShape || ssnContext)) {
                add(candidates, PiiType.SSN, run.start(), run.end(), ssnShape ? 0.95 : 0.85);
                continue;
            }
            boolean phoneContext = PHONE_CONTEXT.matcher(before).find() || PHONE_CONTEXT.matcher(previousTurn).find();
            boolean phoneLength = digits.length() == 10 || (digits.length() == 11 && digits.startsWith("1"));
            if (phoneLength && (run.spoken() || phoneContext)) {
                add(candidates, PiiType.PHONE, run.start(), run.end(), run.spoken() ? 0.9 : 0.85);
                continue;
            }
            boolean accountContext = ACCOUNT_CONTEXT.matcher(before).find()
                    || ACCOUNT_CONTEXT.matcher(previousTurn).find();
            if (accountContext && digits.length() >= 6 && digits.length() <= 17) {
                add(candidates, PiiType.ACCOUNT, run.start(), run.end(), 0.8);
            }
        }
    }

    /** The longest stretch of whole groups with 13 to 19 digits that passes the Luhn check. */
    private boolean findCard(DigitRun run, List<PiiSpan> candidates) {
        List<DigitRun.Atom> atoms = run.atoms();
        int bestFrom = -1;
        int bestTo = -1;
        int bestLength = 0;
        for (int from = 0; from < atoms.size(); from++) {
            int length = 0;
            for (int to = from; to < atoms.size(); to++) {
                length += atoms.get(to).digits().length();
                if (length > 19) {
                    break;
                }
                if (length >= 13 && length > bestLength && Checksums.luhn(run.digits(from, to + 1))) {
                    bestFrom = from;
                    bestTo = to;
                    bestLength = length;
                }
            }
        }
        if (bestFrom < 0) {
            return false;
        }
        add(candidates, PiiType.CARD, atoms.get(bestFrom).start(), atoms.get(bestTo).end(), 0.97);
        return true;
    }

    private static boolean hyphenOrSpaceSeparated(String text, DigitRun run) {
        List<DigitRun.Atom> atoms = run.atoms();
        for (int i = 1; i < atoms.size(); i++) {
            String gap = text.substring(atoms.get(i - 1).end(), atoms.get(i).start());
            if (!gap.equals("-") && !gap.equals(" ")) {
                return false;
            }
        }
        return true;
    }

    private void findPhones(String text, List<PiiSpan> candidates) {
        Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            int digits = countDigits(matcher.group());
            if (digits < MIN_PHONE_DIGITS || digits > 15) {
                continue;
            }
            if (NOT_PERSONAL_CONTEXT.matcher(before(text, matcher.start())).find()) {
                continue;
            }
            add(candidates, PiiType.PHONE, matcher.start(), matcher.end(), 0.92);
        }
    }

    private void findDates(String text, String previousTurn, List<PiiSpan> candidates) {
        Boolean asked = null;
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            if (asked == null) {
                asked = DOB_CONTEXT.matcher(previousTurn).find();
            }
            if (asked || DOB_CONTEXT.matcher(before(text, matcher.start())).find()) {
                add(candidates, PiiType.DOB, matcher.start(), matcher.end(), 0.9);
            }
        }
    }

    private void findAddresses(String text, List<PiiSpan> candidates) {
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            String[] words = matcher.group().split("[ ,]+");
            boolean plausible = true;
            // Words between the house number and the suffix: none may be a function word.
            for (int i = 1; i < words.length - 1 && plausible; i++) {
                if (isStreetSuffix(words[i])) {
                    break;
                }
                plausible = !NOT_STREET_WORDS.contains(words[i].toLowerCase(Locale.ROOT));
            }
            if (plausible && !NOT_PERSONAL_CONTEXT.matcher(before(text, matcher.start())).find()) {
                add(candidates, PiiType.ADDRESS, matcher.start(), trimEnd(text, matcher.start(), matcher.end()), 0.85);
            }
        }
    }

    private static boolean isStreetSuffix(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT).matches("street|st|avenue|ave|road|rd|boulevard|blvd|lane"
                + "|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|trail"
                + "|trl|row|crescent|alley");
    }

    private void findNames(String text, String previousTurn, Cues cues, List<PiiSpan> candidates) {
        if (!enabled.contains(PiiType.NAME)) {
            return;
        }
        findNamesAt(NAME_AFTER_CUE, cues.cueStarts(NAME_CUES_BY_LAST_CHAR, false), text, candidates, 0.75);
        if (text.contains("Mr") || text.contains("Ms") || text.contains("Mis") || text.contains("Dr")) {
            findNames(NAME_AFTER_TITLE.matcher(text), text, candidates, 0.85);
        }
        findNamesAt(NAME_IN_GREETING, cues.cueStarts(GREETINGS_BY_LAST_CHAR, true), text, candidates, 0.6);
        if (text.contains(" speaking")) {
            findNames(NAME_SPEAKING.matcher(text), text, candidates, 0.8);
        }
        int comma = cues.followedByCapital(",", true);
        if (comma >= 0) {
            findNames(from(NAME_VOCATIVE, text, comma), text, candidates, 0.5);
        }
        Matcher lower = NAME_LOWERCASE_AFTER_STRONG_CUE.matcher(text);
        while (text.contains("name") && lower.find()) {
            String[] words = lower.group(1).split(" ");
            int end = lower.start(1) + words[0].length();
            if (LOWERCASE_NOT_NAMES.contains(words[0])) {
                continue;
            }
            if (words.length > 1 && !LOWERCASE_NOT_NAMES.contains(words[1])) {
                end = lower.end(1);
            }
            if (!PET_BEFORE.matcher(text.substring(0, lower.start())).find()) {
                add(candidates, PiiType.NAME, lower.start(1), end, 0.7);
            }
        }
        if (!cues.hasUpperCase) {
            findLowercaseNames(text, candidates);
        }
        String previousLower = previousTurn.toLowerCase(Locale.ROOT);
        if ((previousLower.contains("name") || previousLower.contains("speaking"))
                && NAME_CONTEXT.matcher(previousTurn).find()) {
            // An answer to "may I have your name?" often is just the name: "Maria Lopez." or "Sure, Maria Lopez."
            Matcher answer = NAME_ANSWER.matcher(text);
            if (answer.find() && !NOT_NAMES.contains(answer.group(1).split(" ")[0])) {
                add(candidates, PiiType.NAME, answer.start(1), answer.end(1), 0.7);
            }
        }
    }

    /**
     * A matcher that starts searching at {@code start}, where the cues found the first place a
     * match can begin; transparent bounds let {@code \\b} and look-behinds see the text before,
     * so it finds exactly what a search from the beginning would.
     */
    private static Matcher from(Pattern pattern, String text, int start) {
        return pattern.matcher(text).useTransparentBounds(true).region(start, text.length());
    }

    /**
     * What {@code pattern.matcher(text).find()} finds, trying only {@code starts} (ascending): the
     * only places a match can begin, as the cues found them. A match at a start, the next tried
     * after its end: the same leftmost, non-overlapping matches as a search, for a few anchored
     * attempts instead of the expression's alternation tried at every character.
     */
    private void findNamesAt(Pattern pattern, int[] starts, String text, List<PiiSpan> candidates,
            double confidence) {
        if (starts == null) {
            findNames(pattern.matcher(text), text, candidates, confidence);
            return;
        }
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int searchFrom = 0;
        for (int start : starts) {
            if (start < searchFrom) {
                continue;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                addName(matcher, text, candidates, confidence);
                searchFrom = matcher.end();
            }
        }
    }

    private void findNames(Matcher matcher, String text, List<PiiSpan> candidates, double confidence) {
        while (matcher.find()) {
            addName(matcher, text, candidates, confidence);
        }
    }

    /**
     * Names in text without any capital, as speech recognizers write it ("this is paul keating how
     * can i help"): a cue phrase, then a known given name (the list in first-names.txt: without
     * capitals only a list tells "this is paul" from "this is fine"), then the next word as the
     * surname unless it is a common word.
     */
    private void findLowercaseNames(String text, List<PiiSpan> candidates) {
        Matcher matcher = LOWERCASE_NAME_CUE.matcher(text);
        while (matcher.find()) {
            String first = matcher.group(1);
            if (!FIRST_NAMES.contains(first) || PET_BEFORE.matcher(text.substring(0, matcher.start())).find()) {
                continue;
            }
            int end = matcher.end(1);
            int next = end + 1;
            int nextEnd = next;
            while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            if (next < text.length() && text.charAt(end) == ' ' && nextEnd - next > 1) {
                String surname = text.substring(next, nextEnd);
                if (!COMMON_WORDS.contains(surname) && !LOWERCASE_NOT_NAMES.contains(surname)) {
                    end = nextEnd;
                }
            }
            add(candidates, PiiType.NAME, matcher.start(1), end, 0.6);
        }
    }

    /** A name match, unless it is a stop word ("I'm Sorry"), a pet's name or an organization. */
    private void addName(Matcher matcher, String text, List<PiiSpan> candidates, double confidence) {
        String[] words = matcher.group(1).split(" ");
        int kept = 0;
        for (String word : words) {
            if (NOT_NAMES.contains(word)) {
                break;
            }
            kept++;
        }
        if (kept == 0 || PET_BEFORE.matcher(text.substring(0, matcher.start())).find()) {
            return;
        }
        int end = matcher.start(1);
        for (int i = 0; i < kept; i++) {
            end += words[i].length() + (i > 0 ? 1 : 0);
        }
        if (ORGANIZATION_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return; // "Dear Telco team", "thanks Acme support": a company, not a person
        }
        add(candidates, PiiType.NAME, matcher.start(1), end, confidence);
    }

    /** Up to {@value #CONTEXT_CHARS} characters before {@code position}. */
    private static String before(String text, int position) {
        return text.substring(Math.max(0, position - CONTEXT_CHARS), position);
    }

    /** Drops trailing spaces and a sentence's final period: the placeholder replaces the address, the period stays. */
    private static int trimEnd(String text, int start, int end) {
        int trimmed = end;
        while (trimmed > start && text.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        if (trimmed > start && text.charAt(trimmed - 1) == '.') {
            trimmed--;
        }
        return trimmed;
    }

    private static int countDigits(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** Overlaps go to the stronger type (checksums first), then the longer span. */
    private static List<PiiSpan> resolve(List<PiiSpan> candidates) {
        List<PiiSpan> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((PiiSpan span) -> priority(span.type()))
                .thenComparing(Comparator.comparingInt(PiiSpan::length).reversed())
                .thenComparingInt(PiiSpan::start));
        List<PiiSpan> kept = new ArrayList<>();
        for (PiiSpan candidate : ordered) {
            boolean free = true;
            for (PiiSpan span : kept) {
                if (span.overlaps(candidate)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PiiSpan::start));
        return kept;
    }

    private static int priority(PiiType type) {
        return switch (type) {
            case EMAIL -> 0;
            case IBAN -> 1;
            case CARD -> 2;
            case SSN -> 3;
            case DOB -> 4;
            case PHONE -> 5;
            case ACCOUNT -> 6;
            case ADDRESS -> 7;
            case NAME -> 8;
        };
    }

    /**
     * What a turn contains, found in one pass, to skip the expressions that cannot match. Each
     * test is a necessary condition of the expressions it guards (see their definitions above).
     */
    private static final class Cues {
        final String text;
        final String lower;
        final boolean hasDigit;
        /** Any upper-case letter: text without one is likely a speech transcript. */
        final boolean hasUpperCase;
        /** ASCII digits: what the expressions' {@code \\d} matches. */
        final int digits;
        final boolean hasAt;

        Cues(String text) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            boolean digit = false;
            boolean upper = false;
            int ascii = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c)) {
                    upper = true;
                } else if (c >= '0' && c <= '9') {
                    ascii++;
                    digit = true;
                } else if (c > 127 && Character.isDigit(c)) {
                    digit = true;
                }
            }
            this.hasDigit = digit;
            this.hasUpperCase = upper;
            this.digits = ascii;
            this.hasAt = text.indexOf('@') >= 0;
        }

        /** SPOKEN_EMAIL needs " at " and " dot ". */
        boolean spokenEmail() {
            return lower.contains(" at ") && lower.contains(" dot ");
        }

        /** DATE without digits: a month, an ordinal word and a spoken year. */
        boolean spokenDate() {
            boolean year = lower.contains("nineteen") || lower.contains("twenty") || lower.contains("two thousand");
            if (!year) {
                return false;
            }
            for (String month : MONTH_PREFIXES) {
                if (lower.contains(month)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where a match of a cue-led name expression can begin: each place one of the cues
         * (grouped by their last character) ends right before a space and a name-like word, or
         * before a comma there ({@code commaFirst}); ascending. Null when the lower-cased text
         * is not aligned with the text (a few non-ASCII letters change length), so the caller
         * searches the whole text instead.
         */
        int[] cueStarts(List<List<String>> cuesByLastChar, boolean commaFirst) {
            if (lower.length() != text.length()) {
                return null;
            }
            int[] starts = new int[4];
            int count = 0;
            for (int space : nameStarts()) {
                for (int end = space; end >= space - 1 && end > 0; end--) {
                    if (end < space && !(commaFirst && text.charAt(end) == ',')) {
                        break;
                    }
                    char last = lower.charAt(end - 1);
                    if (last >= cuesByLastChar.size()) {
                        continue;
                    }
                    for (String cue : cuesByLastChar.get(last)) {
                        if (endsAt(cue, end)) {
                            if (count == starts.length) {
                                starts = java.util.Arrays.copyOf(starts, count * 2);
                            }
                            starts[count++] = end - cue.length();
                        }
                    }
                }
            }
            int[] sorted = java.util.Arrays.copyOf(starts, count);
            java.util.Arrays.sort(sorted);
            return sorted;
        }

        /**
         * Where {@code cue} (lower case) first occurs followed by a space and a name-like word (a
         * capital, then a lower-case letter or an apostrophe, as NAME_WORD starts), with an
         * optional comma before the space ({@code commaFirst}) or after it; -1 when it does not.
         */
        int followedByCapital(String cue, boolean commaFirst) {
            for (int space : nameStarts()) {
                if (endsAt(cue, space)) {
                    return space - cue.length();
                }
                if (commaFirst && space > 0 && text.charAt(space - 1) == ',' && endsAt(cue, space - 1)) {
                    return space - 1 - cue.length();
                }
            }
            return -1;
        }

        private boolean endsAt(String cue, int end) {
            return end >= cue.length() && lower.startsWith(cue, end - cue.length());
        }

        private int[] nameStarts;

        /** The positions of the spaces before a name-like word (" Maria", " ,Maria"), found once. */
        private int[] nameStarts() {
            if (nameStarts == null) {
                int[] found = new int[8];
                int count = 0;
                for (int i = 0; i + 2 < text.length(); i++) {
                    if (text.charAt(i) != ' ') {
                        continue;
                    }
                    int word = text.charAt(i + 1) == ',' ? i + 2 : i + 1;
                    if (word + 1 < text.length() && Character.isUpperCase(text.charAt(word))) {
                        char next = text.charAt(word + 1);
                        if (Character.isLowerCase(next) || next == '\'') {
                            if (count == found.length) {
                                found = java.util.Arrays.copyOf(found, count * 2);
                            }
                            found[count++] = i;
                        }
                    }
                }
                nameStarts = java.util.Arrays.copyOf(found, count);
            }
            return nameStarts;
        }

        /** A run of spoken digits long enough to matter needs six digit words (counted loosely). */
        boolean enoughDigitWords() {
            int count = 0;
            for (String word : DIGIT_WORDS) {
                for (int at = lower.indexOf(word); at >= 0 && count < MIN_PII_DIGITS; at = lower.indexOf(word, at + 1)) {
                    count++;
                }
                if (count >= MIN_PII_DIGITS) {
                    return true;
                }
            }
            return false;
        }

        /**
         * DATE with digits: a digit, a separator, one or two digits, a separator and a digit
         * ("1/2/87", "2026-01-14"; a price "45.99" is not one), or a year (19xx, 20xx) and a month
         * name, which the written forms with a month all end with ("May 4th, 1987").
         */
        boolean writtenDate() {
            if (digits < 2) {
                return false;
            }
            boolean year = false;
            for (int i = 0; i + 2 < text.length(); i++) {
                if (isAsciiDigit(text.charAt(i)) && isDateSeparator(text.charAt(i + 1))) {
                    int next = i + 2;
                    while (next < text.length() && next < i + 4 && isAsciiDigit(text.charAt(next))) {
                        next++;
                    }
                    if (next > i + 2 && next + 1 < text.length() && isDateSeparator(text.charAt(next))
                            && isAsciiDigit(text.charAt(next + 1))) {
                        return true;
                    }
                }
                if (!year && i + 3 < text.length() && (text.startsWith("19", i) || text.startsWith("20", i))
                        && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                    year = true;
                }
            }
            if (!year) {
                return false;
            }
            for (String month : MONTH_PREFIXES) {
                if (lower.contains(month)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isDateSeparator(char c) {
            return c == '/' || c == '.' || c == '-';
        }
    }

    private static final List<String> MONTH_PREFIXES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    /** NAME_AFTER_CUE's cue phrases in lower case, spelled out. */
    private static final List<String> NAME_CUES = List.of("my name is", "my name's", "my name\u2019s", "the name is",
            "name on the account is", "account holder is", "speak with", "speak to", "speaking with", "speaking to",
            "chat with", "chat to", "chatting with", "chatting to", "talk with", "talk to", "talking with",
            "talking to", "this is", "it's", "it\u2019s", "it is", "i'm", "i\u2019m", "i am", "is this",
            "you've reached", "you\u2019ve reached", "ask for", "under the name", "under the name of");
    /** NAME_IN_GREETING's greetings in lower case. */
    private static final List<String> GREETINGS = List.of("hi", "hello", "hey", "dear", "thanks", "thank you",
            "goodbye", "bye", "good morning", "good afternoon", "good evening");
    private static final List<List<String>> NAME_CUES_BY_LAST_CHAR = byLastChar(NAME_CUES);
    private static final List<List<String>> GREETINGS_BY_LAST_CHAR = byLastChar(GREETINGS);

    /** Cues by their last character (ASCII: the cues with a curly apostrophe end in letters too). */
    private static List<List<String>> byLastChar(List<String> cues) {
        return java.util.stream.IntStream.range(0, 128)
                .mapToObj(c -> cues.stream().filter(cue -> cue.charAt(cue.length() - 1) == c).toList())
                .toList();
    }
    private static final List<String> DIGIT_WORDS = List.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");
}
