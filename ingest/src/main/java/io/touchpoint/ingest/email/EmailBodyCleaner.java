package io.touchpoint.ingest.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a reply repeats or appends, so that a turn holds only what its author wrote:
 *
 * <ul>
 *   <li>quoted lines ({@code > ...});</li>
 *   <li>everything from an attribution line ({@code On Tue, 3 Mar 2026 at 10:00, Ann <a@x.com> wrote:},
 *       also wrapped over two lines), an {@code -----Original Message-----} line, or an Outlook
 *       header block ({@code From: ...} followed by {@code Sent: ...} or {@code Date: ...});</li>
 *   <li>the signature, from a {@code -- } line on, and common mobile footers
 *       ({@code Sent from my iPhone}, {@code Get Outlook for Android}, ...).</li>
 * </ul>
 */
final class EmailBodyCleaner {

    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*On\\b.*\\bwrote:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*On\\s.*\\d.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WROTE_END = Pattern.compile("^.*\\bwrote:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(Original Message|Forwarded message)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\s*\\*?From:\\*?\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\s*\\*?(Sent|Date):\\*?\\s.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERSCORE_RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "^\\s*(Sent from my \\w+.*|Sent from (Mail|Outlook|Yahoo Mail|Gmail|Samsung).*|Get Outlook for \\w+.*"
                    + "|Sent via .*(mobile|phone|Android|iPhone).*|Sent from my mobile device.*)$",
            Pattern.CASE_INSENSITIVE);

    private EmailBodyCleaner() {
    }

    static String clean(String body) {
        String[] lines = body.split("\\R", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isCutLine(lines, i)) {
                break;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        // an underscore rule that introduced the cut Outlook block is part of it
        while (!kept.isEmpty() && (kept.getLast().isBlank() || UNDERSCORE_RULE.matcher(kept.getLast()).matches())) {
            kept.removeLast();
        }
        while (!kept.isEmpty() && kept.getFirst().isBlank()) {
            kept.removeFirst();
        }
        return String.join("\n", kept).replaceAll("\\n{3,}", "\n\n");
    }

    private static boolean isCutLine(String[] lines, int i) {
        String line = lines[i];
        if (line.equals("-- ") || line.equals("--")) {
            return true;
        }
        if (MOBILE_FOOTER.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (ATTRIBUTION.matcher(line).matches()) {
            return true;
        }
        // "On Tue, 3 Mar 2026 at 10:00, Ann Lee <ann@example.com>" / "wrote:" wrapped by the client
        if (ATTRIBUTION_START.matcher(line).matches() && i + 1 < lines.length && WROTE_END.matcher(lines[i + 1]).matches()
                && lines[i + 1].length() < 80) {
            return true;
        }
        if (OUTLOOK_FROM.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                if (OUTLOOK_SENT.matcher(lines[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
