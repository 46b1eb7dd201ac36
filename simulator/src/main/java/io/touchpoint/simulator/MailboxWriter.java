package io.touchpoint.simulator;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes e-mail threads as an mbox of RFC 5322 messages threaded with Message-ID, In-Reply-To and References.
 * The turn text of an interaction is the new text of each message; some customer replies also carry a
 * signature ("-- " line) and a quoted previous message, and some messages are multipart/alternative with an
 * HTML part, which a connector strips or skips to get back the same text. Which message gets which is a
 * function of its Message-ID, so the file depends only on the interactions.
 */
final class MailboxWriter {

    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter FROM_LINE_DATE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.US);
    private static final DateTimeFormatter QUOTE_DATE = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy 'at' h:mm a",
            Locale.US);
    static final String CARE_ADDRESS = "support@" + Vocabulary.CARE_DOMAIN;
    static final String CARE_NAME = Vocabulary.COMPANY + " Care";

    private final Map<String, String> customerNames;
    private final Map<String, String> reasons;

    MailboxWriter(Map<String, String> customerNamesByEmail, Map<String, String> reasons) {
        this.customerNames = customerNamesByEmail;
        this.reasons = reasons;
    }

    void write(Interaction thread, Writer out) throws IOException {
        String root = thread.id().substring("email:".length());
        int at = root.indexOf('@');
        int dot = root.lastIndexOf('.', at);
        String prefix = root.substring(0, dot + 1);
        String domain = root.substring(at);
        String customerEmail = thread.customer().email();
        String customerName = customerNames.getOrDefault(customerEmail, customerEmail);
        String subject = subject(reasons.getOrDefault(thread.id(), "billing"));
        List<String> references = new ArrayList<>();
        List<Turn> turns = thread.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            String messageId = prefix + (i + 1) + domain;
            Instant sent = thread.startedAt().plusMillis(turn.startMs());
            boolean fromAgent = turn.speaker() == Speaker.AGENT;
            String fromAddress = fromAgent ? CARE_ADDRESS : customerEmail;
            String from = fromAgent ? CARE_NAME + " <" + CARE_ADDRESS + ">" : customerName + " <" + customerEmail + ">";
            String to = fromAgent ? customerName + " <" + customerEmail + ">" : CARE_NAME + " <" + CARE_ADDRESS + ">";

            StringBuilder message = new StringBuilder();
            message.append("From ").append(fromAddress).append(' ')
                    .append(FROM_LINE_DATE.format(sent.atZone(ZoneOffset.UTC))).append('\n');
            message.append("Message-ID: <").append(messageId).append(">\n");
            message.append("Date: ").append(HEADER_DATE.format(sent.atZone(InteractionPlanner.ZONE))).append('\n');
            message.append("From: ").append(from).append('\n');
            message.append("To: ").append(to).append('\n');
            message.append("Subject: ").append(i == 0 ? subject : "Re: " + subject).append('\n');
            if (!references.isEmpty()) {
                message.append("In-Reply-To: <").append(references.getLast()).append(">\n");
                message.append("References:");
                references.forEach(reference -> message.append(" <").append(reference).append('>'));
                message.append('\n');
            }
            if (fromAgent) {
                message.append("X-Agent-Id: ").append(thread.agentId()).append('\n');
                message.append("X-Queue: ").append(thread.queue()).append('\n');
            }
            message.append("MIME-Version: 1.0\n");

            String body = turn.text();
            int hash = messageId.hashCode();
            if (!fromAgent && i > 0) {
                if (Math.floorMod(hash >>> 8, 10) < 5) {
                    body += "\n\n-- \n" + customerName.split(" ")[0];
                }
                if (Math.floorMod(hash, 10) < 6) {
                    Turn previous = turns.get(i - 1);
                    ZonedDateTime previousSent = thread.startedAt().plusMillis(previous.startMs())
                            .atZone(InteractionPlanner.ZONE);
                    String previousFrom = previous.speaker() == Speaker.AGENT
                            ? CARE_NAME + " <" + CARE_ADDRESS + ">" : customerName + " <" + customerEmail + ">";
                    body += "\n\nOn " + QUOTE_DATE.format(previousSent) + " " + previousFrom + " wrote:\n"
                            + quote(previous.text());
                }
            }
            boolean html = Math.floorMod(hash >>> 16, 10) < 2;
            String charsetHeader = "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: "
                    + (isAscii(body) ? "7bit" : "8bit") + "\n";
            if (html) {
                String boundary = "=_touchpoint_" + Integer.toHexString(hash);
                message.append("Content-Type: multipart/alternative; boundary=\"").append(boundary).append("\"\n\n");
                message.append("This is a multi-part message in MIME format.\n\n");
                message.append("--").append(boundary).append('\n').append(charsetHeader).append('\n');
                message.append(escapeFromLines(body)).append("\n\n");
                message.append("--").append(boundary).append('\n');
                message.append("Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: ")
                        .append(isAscii(body) ? "7bit" : "8bit").append("\n\n");
                message.append(escapeFromLines(html(body))).append("\n\n");
                message.append("--").append(boundary).append("--\n");
            } else {
                message.append(charsetHeader).append('\n');
                message.append(escapeFromLines(body)).append('\n');
            }
            message.append('\n');
            out.write(message.toString());
            references.add(messageId);
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            quoted.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return quoted.toString().stripTrailing();
    }

    private static String html(String body) {
        StringBuilder html = new StringBuilder("<html><body>");
        boolean inQuote = false;
        for (String paragraph : body.split("\n\n")) {
            String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\n", "<br>");
            if (paragraph.startsWith(">") && !inQuote) {
                html.append("<blockquote>");
                inQuote = true;
            }
            html.append("<p>").append(escaped).append("</p>");
        }
        if (inQuote) {
            html.append("</blockquote>");
        }
        return html.append("</body></html>").toString();
    }

    /** mboxrd: a body line starting with "From " (after any ">") gets one more ">". */
    private static String escapeFromLines(String body) {
        if (!body.contains("From ")) {
            return body;
        }
        StringBuilder escaped = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String stripped = line.replaceFirst("^>*", "");
            if (stripped.startsWith("From ")) {
                escaped.append('>');
            }
            escaped.append(line).append('\n');
        }
        return escaped.substring(0, escaped.length() - 1);
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    static String subject(String reason) {
        return switch (reason) {
            case "billing" -> "Question about my bill";
            case "outage" -> "Service outage";
            case "plan_change" -> "Changing my plan";
            case "cancellation" -> "Cancel my service";
            case "device" -> "Problem with my device";
            case "account_opening" -> "Opening a new account";
            case "payment_arrangement" -> "Payment arrangement";
            case "tech_support" -> "Technical problem";
            case "sales" -> "Information about your offers";
            default -> "Customer inquiry";
        };
    }
}
