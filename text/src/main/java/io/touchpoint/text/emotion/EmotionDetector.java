package io.touchpoint.text.emotion;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds anger, frustration, confusion, praise and requests to escalate in a customer's words by
 * phrase patterns ("let me speak to a manager", "this is the third time", "what do you mean"), each
 * with a weight that says how reliable the phrase is. A phrase negated just before it ("I'm not
 * angry", "no need for a supervisor") does not count.
 *
 * <pre>{@code
 * List<EmotionDetector.Match> matches = EmotionDetector.standard().detect("This is ridiculous, get me a supervisor");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EmotionDetector {

    /** One matched phrase: characters {@code start} to {@code end} and the phrase's reliability. */
    public record Match(Emotion emotion, int start, int end, double weight) { }

    private record Rule(Emotion emotion, Pattern pattern, double weight) { }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "don't", "dont", "didn't", "didnt",
            "isn't", "isnt", "wasn't", "wasnt", "aren't", "without", "nothing", "hardly", "won't", "wont");

    private static final EmotionDetector STANDARD = new EmotionDetector(List.of(
            rule(Emotion.ANGER, 0.9, "furious|livid|outraged|outrageous|infuriat\\w*|pissed(?: off)?|enraged"),
            rule(Emotion.ANGER, 0.8, "(?:so |really |very )?angry|unacceptable|ridiculous|absurd|disgust(?:ed|ing)"
                    + "|this is a joke|are you (?:kidding|serious)(?: me)?|how dare|sick and tired|fed up|rip[- ]?off"
                    + "|scam(?:med)?|incompetent|pathetic|worst (?:service|company|experience|customer service)"
                    + "|(?:damn|wtf|hell no|bullshit|crap)"),
            rule(Emotion.ANGER, 0.6, "useless|terrible service|awful service|horrible service"),
            rule(Emotion.FRUSTRATION, 0.9, "frustrat\\w*|exasperat\\w*"),
            rule(Emotion.FRUSTRATION, 0.8, "(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) time"
                    + "|how many times|over and over|keep (?:getting|having|calling|telling)|waste of (?:my )?time"
                    + "|(?:(?:been|kept) )?on hold for (?:over )?(?:an hour|\\d+ (?:minutes|hours)|hours|ages|forever)"
                    + "|(?:been|kept) (?:waiting|on hold)"
                    + "|still (?:not|no|haven't|hasn't|isn't|doesn't|broken|waiting|not working|can't)"
                    + "|(?:already|i've) (?:called|explained|tried) (?:this |that |it )?(?:\\w+ )?(?:times|before|already|twice)"
                    + "|nothing (?:works|has changed|gets done|is working)|every single time|getting nowhere"),
            rule(Emotion.FRUSTRATION, 0.6, "annoy(?:ed|ing)|fed up|again\\?|seriously\\?"),
            rule(Emotion.CONFUSION, 0.85, "confus\\w*|(?:i )?(?:don't|do not|didn't|did not) (?:understand|get it)"
                    + "|what do you mean|(?:doesn't|does not|don't|didn't) make (?:any )?sense|makes no sense"
                    + "|i'm (?:lost|not following)|(?:no|any) idea (?:what|how|why|where)"),
            rule(Emotion.CONFUSION, 0.7, "(?:not|never) sure (?:what|how|why|if|whether|which)|can you explain"
                    + "|could you explain|what does (?:that|this|it) mean|unclear|which one (?:should|do)|huh\\?"),
            rule(Emotion.PRAISE, 0.9, "thank you so much|thanks so much|you(?:'ve| have) been (?:so |very |really |extremely )?"
                    + "(?:great|helpful|amazing|wonderful|fantastic|awesome|patient|kind)|you(?:'re| are) (?:the best|a lifesaver"
                    + "|awesome|amazing|a star)|(?:excellent|amazing|wonderful|fantastic|outstanding|awesome|great) "
                    + "(?:service|job|help|support|work)"),
            rule(Emotion.PRAISE, 0.7, "(?:really|very|so|super) helpful|(?:i |really )?appreciate (?:it|your help|that|you|this)"
                    + "|much appreciated|love (?:the|your) (?:service|app|product)|well done|perfect,? thank"),
            rule(Emotion.ESCALATION_REQUEST, 0.95, "(?:speak|talk)(?:ing)? (?:to|with) (?:a|an|your|the|someone(?: in)?|some) "
                    + "(?:manager|supervisor|superior|boss|charge|higher up)|(?:get|give|transfer|put) me (?:through )?(?:to )?"
                    + "(?:a|your|the) (?:manager|supervisor)|(?:i want|i need|i demand|let me have) (?:a|your|the) "
                    + "(?:manager|supervisor)"),
            rule(Emotion.ESCALATION_REQUEST, 0.8, "escalat(?:e|ing) (?:this|it|my|the)|(?:file|make|lodge|submit) a (?:formal )?"
                    + "complaint|someone (?:higher up|in charge|more senior)|corporate office|your (?:manager|supervisor)")));

    private final List<Rule> rules;

    private EmotionDetector(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static EmotionDetector standard() {
        return STANDARD;
    }

    private static Rule rule(Emotion emotion, double weight, String alternatives) {
        return new Rule(emotion, Pattern.compile("(?<![\\w'])(?:" + alternatives + ")(?![\\w'])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), weight);
    }

    /** Every phrase found in {@code text}, at most one per emotion and position, in text order. */
    public List<Match> detect(String text) {
        requireNonNull(text, "text is null");
        List<Match> matches = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                if (negatedBefore(text, matcher.start())) {
                    continue;
                }
                Match match = new Match(rule.emotion(), matcher.start(), matcher.end(), rule.weight());
                boolean overlapsSameEmotion = matches.stream().anyMatch(other -> other.emotion() == match.emotion()
                        && other.start() < match.end() && match.start() < other.end());
                if (!overlapsSameEmotion) {
                    matches.add(match);
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /** A negation among the three words before {@code position}, within the same clause. */
    private static boolean negatedBefore(String text, int position) {
        int from = Math.max(0, position - 30);
        String before = text.substring(from, position).toLowerCase(Locale.ROOT);
        int clause = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')),
                Math.max(before.lastIndexOf('!'), before.lastIndexOf('?')));
        String[] words = before.substring(clause + 1).trim().split("\\s+");
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            if (NEGATIONS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }
}
