package io.touchpoint.ingest.email;

import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.stream.SurrogateEscape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 5322 message with Apache James mime4j: headers, the text body (text/plain
 * preferred in multipart/alternative, else HTML turned into text), charset and transfer
 * decoding, then quoted replies and signature removed by {@link EmailBodyCleaner}.
 */
final class EmailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    /** Bodies larger than this are cut: a turn is text someone wrote, not an attachment. */
    private static final int MAX_BODY_CHARS = 1 << 20;

    private EmailParser() {
    }

    /** Either the parsed message or the reason it cannot be used. */
    record Result(EmailMessage message, IngestRecord.Rejected rejected) {
    }

    static Result parse(byte[] bytes, SourceLocation location, long order) {
        try {
            return new Result(parseOrThrow(bytes, location, order), null);
        } catch (InvalidFieldException e) {
            return new Result(null, new IngestRecord.Rejected(location, e.field(), e.getMessage(), SurrogateEscape.decode(bytes)));
        }
    }

    private static EmailMessage parseOrThrow(byte[] bytes, SourceLocation location, long order) throws InvalidFieldException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1).setMaxContentLen(-1).build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        Message message;
        try {
            message = builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidFieldException(IngestRecord.Rejected.WHOLE_RECORD, "not a readable e-mail message: " + e.getMessage());
        }
        try {
            if (message.getHeader() == null || message.getHeader().getField("Date") == null) {
                throw new InvalidFieldException("Date", "is missing");
            }
            java.util.Date date = message.getDate();
            if (date == null) {
                throw new InvalidFieldException("Date", "'" + fieldBody(message, "Date") + "' is not an RFC 5322 date");
            }
            String from = firstAddress(message.getFrom());
            if (from == null) {
                throw new InvalidFieldException("From", "is missing or has no address");
            }
            String subject = message.getSubject();
            String text = bodyText(message);
            if (text == null || text.isBlank()) {
                throw new InvalidFieldException("body", "is empty (no text/plain or text/html part)");
            }
            String cleaned = EmailBodyCleaner.clean(text);
            // A message that is only quoted text keeps its text rather than becoming an empty turn.
            if (cleaned.isBlank()) {
                cleaned = text.strip();
            }
            Instant instant = date.toInstant();
            String messageId = firstId(fieldBody(message, "Message-ID"));
            if (messageId == null) {
                messageId = "sha1-" + sha1(from + "\n" + instant + "\n" + (subject == null ? "" : subject));
            }
            String inReplyTo = firstId(fieldBody(message, "In-Reply-To"));
            return new EmailMessage(messageId, inReplyTo, ids(fieldBody(message, "References")), from,
                    addresses(message.getTo()), instant, subject, cleaned, blankToNull(fieldBody(message, "X-Agent-Id")),
                    blankToNull(fieldBody(message, "X-Queue")), location, order);
        } finally {
            message.dispose();
        }
    }

    private static String fieldBody(Message message, String name) {
        Field field = message.getHeader() == null ? null : message.getHeader().getField(name);
        return field == null ? null : field.getBody();
    }

    private static String bodyText(Entity entity) throws InvalidFieldException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            List<Entity> parts = multipart.getBodyParts();
            if ("alternative".equalsIgnoreCase(multipart.getSubType())) {
                for (Entity part : parts) {
                    if ("text/plain".equalsIgnoreCase(part.getMimeType()) && !isAttachment(part)) {
                        String text = bodyText(part);
                        if (text != null && !text.isBlank()) {
                            return text;
                        }
                    }
                }
            }
            for (Entity part : parts) {
                if (!isAttachment(part)) {
                    String text = bodyText(part);
                    if (text != null && !text.isBlank()) {
                        return text;
                    }
                }
            }
            return null;
        }
        if (body instanceof TextBody textBody) {
            String mimeType = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase(Locale.ROOT);
            if (!mimeType.startsWith("text/")) {
                return null;
            }
            String text = read(textBody);
            return mimeType.equals("text/html") ? HtmlText.toText(text) : text;
        }
        // message/rfc822 parts (forwarded mail) and binary parts are not the author's text
        return null;
    }

    private static boolean isAttachment(Entity part) {
        return "attachment".equalsIgnoreCase(part.getDispositionType());
    }

    private static String read(TextBody body) throws InvalidFieldException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = body.getReader()) {
            int n;
            while ((n = reader.read(buffer)) > 0 && text.length() < MAX_BODY_CHARS) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidFieldException("body", "cannot be decoded: " + e.getMessage());
        }
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text.toString();
    }

    private static String firstAddress(MailboxList mailboxes) {
        if (mailboxes == null || mailboxes.isEmpty()) {
            return null;
        }
        String address = mailboxes.get(0).getAddress();
        return address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> addresses(AddressList list) {
        List<String> addresses = new ArrayList<>();
        if (list != null) {
            for (Address address : list) {
                if (address instanceof Mailbox mailbox) {
                    addresses.add(mailbox.getAddress().toLowerCase(Locale.ROOT));
                } else if (address instanceof Group group) {
                    group.getMailboxes().forEach(mailbox -> addresses.add(mailbox.getAddress().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return addresses;
    }

    /** The ids of a Message-ID, In-Reply-To or References header, without angle brackets. */
    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return ids;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        if (ids.isEmpty()) {
            // some clients write ids without brackets
            for (String token : header.strip().split("[\\s,]+")) {
                if (token.contains("@")) {
                    ids.add(token);
                }
            }
        }
        return ids;
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
